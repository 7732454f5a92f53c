package dev.fleetscope.cost.allocation;

import dev.fleetscope.model.WorkloadRef;
import java.util.Optional;

/**
 * What a workload's running pods cost per hour, by the larger of request and use of each resource.
 *
 * @param team the owning team from the workload's labels; empty when unlabelled
 * @param model the ML model it serves or trains, when it has one
 */
public record WorkloadCost(
    WorkloadRef ref, String team, Optional<String> model, PartCost perHour) {}
