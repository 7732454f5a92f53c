package dev.fleetscope.packing.rightsizing;

/**
 * A PodDisruptionBudget over a workload's pods and how many of them it lets go now; at zero, none
 * of them can be evicted, so their nodes cannot be drained.
 *
 * @param workload the id of the workload it covers, as in {@link
 *     dev.fleetscope.packing.PodRequest#workload()}
 */
public record PodDisruptionBudget(String name, String workload, int disruptionsAllowed) {}
