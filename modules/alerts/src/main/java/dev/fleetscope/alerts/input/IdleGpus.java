package dev.fleetscope.alerts.input;

import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.Optional;

/**
 * A workload holding GPUs it barely uses.
 *
 * @param gpus GPUs allocated now: per replica (in whole-GPU equivalents) times running pods
 * @param utilization the busiest GPU container's utilization now, 0..1
 * @param idleSince since when its history shows every GPU container at or below the rule's
 *     threshold, when the history says
 */
public record IdleGpus(
    WorkloadRef workload, double gpus, double utilization, Optional<Instant> idleSince)
    implements Evidence {}
