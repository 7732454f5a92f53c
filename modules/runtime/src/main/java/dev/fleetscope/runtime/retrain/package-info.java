/**
 * Retraining from the console: a drifting model's run started on one of the saved pipeline sources,
 * previewed first, recorded in the audit log, and the source and target remembered per model in
 * {@code retrain.json}.
 */
package dev.fleetscope.runtime.retrain;
