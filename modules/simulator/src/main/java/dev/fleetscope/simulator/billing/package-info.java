/**
 * The demo fleet's cloud bill, so the Cost view's billing half is alive with nothing configured:
 * FOCUS 1.2 CSV exports for the demo clusters' nodes, one file per cloud and billing month, written
 * on demand. Every figure is a pure function of (clusters, seed, day), so the same fleet and days
 * always give the same bytes.
 */
package dev.fleetscope.simulator.billing;
