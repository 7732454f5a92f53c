package dev.fleetscope.alerts.input;

import dev.fleetscope.model.SourceStatus;

/** A source that is stale or failing, as last reported. */
public record SourceReport(SourceStatus status) implements Evidence {}
