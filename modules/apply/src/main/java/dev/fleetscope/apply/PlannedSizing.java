package dev.fleetscope.apply;

import java.util.OptionalDouble;

/**
 * What a plan asks of one container, in plain numbers (cores, bytes). An empty limit means "no
 * limit": the change removes it.
 */
public record PlannedSizing(
    ContainerTarget target,
    double cpuRequest,
    OptionalDouble cpuLimit,
    double memoryRequest,
    OptionalDouble memoryLimit) {}
