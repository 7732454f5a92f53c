package dev.fleetscope.simulator;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;

/** A machine type the demo fleet's node pools use, with its on-demand list price. */
record InstanceType(
    String name, Provider provider, int vcpus, long memoryBytes, NodeGpus gpus, double usdPerHour) {
  Resources capacity() {
    return Resources.of(vcpus, memoryBytes);
  }

  /**
   * What the kubelet leaves to pods after system and kube reservations, following GKE's published
   * tiers (a share of each CPU and memory band) so small and large machines lose realistic amounts.
   */
  Resources allocatable() {
    double cpuReserved =
        Math.min(vcpus, 1) * 0.06
            + Math.clamp(vcpus - 1, 0, 1) * 0.01
            + Math.clamp(vcpus - 2, 0, 2) * 0.005
            + Math.max(vcpus - 4, 0) * 0.0025;
    double gib = memoryBytes / (double) (1L << 30);
    double memReservedGib =
        Math.min(gib, 4) * 0.25
            + Math.clamp(gib - 4, 0, 4) * 0.2
            + Math.clamp(gib - 8, 0, 8) * 0.1
            + Math.clamp(gib - 16, 0, 112) * 0.06
            + Math.max(gib - 128, 0) * 0.02;
    long evictionReserve = 100L << 20;
    return Resources.of(
        vcpus - cpuReserved, memoryBytes - (long) (memReservedGib * (1L << 30)) - evictionReserve);
  }

  HourlyPrice price() {
    return HourlyPrice.usd(usdPerHour);
  }
}
