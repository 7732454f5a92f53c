package dev.fleetscope.model.change;

/** A PodDisruptionBudget covering a workload's pods, with how many pods it lets go right now. */
public record DisruptionBudget(String name, int disruptionsAllowed) {}
