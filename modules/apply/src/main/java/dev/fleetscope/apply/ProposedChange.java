package dev.fleetscope.apply;

import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;

/** A workload change pinned to the state it was previewed against. */
public record ProposedChange(WorkloadChange change, WorkloadState state) {}
