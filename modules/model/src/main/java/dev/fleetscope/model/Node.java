package dev.fleetscope.model;

/**
 * A machine in a cluster. {@code capacity} is the hardware, {@code allocatable} what the scheduler
 * may hand out after system reservations; utilization is judged against allocatable.
 */
public record Node(
    String name,
    String instanceType,
    String zone,
    Resources capacity,
    Resources allocatable,
    NodeGpus gpus,
    HourlyPrice price) {}
