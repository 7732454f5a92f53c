package dev.fleetscope.model;

/** A container as the workload's pod template declares it. */
public record ContainerSpec(String name, Resources requests, Resources limits, GpuAllocation gpu) {
  public static ContainerSpec cpuMemory(String name, Resources requests, Resources limits) {
    return new ContainerSpec(name, requests, limits, GpuAllocation.NONE);
  }
}
