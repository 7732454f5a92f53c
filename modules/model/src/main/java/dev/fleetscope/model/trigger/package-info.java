/**
 * Pipeline runs started from Fleetscope (a drifting model's retraining), remembered like an apply:
 * who asked, what was sent (secrets masked), when, and the orchestrator's answer. {@link
 * dev.fleetscope.model.trigger.TriggerLog} is implemented by the embedded store; the pipelines
 * module writes through it, so neither knows the other.
 */
package dev.fleetscope.model.trigger;
