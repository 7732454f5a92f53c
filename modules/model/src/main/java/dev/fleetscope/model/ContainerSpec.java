package dev.fleetscope.model;

import java.util.Optional;

/**
 * A container as the workload's pod template declares it.
 *
 * @param gpu what it holds of GPUs, whether through the device plugin ({@code nvidia.com/gpu}) or
 *     through DRA claims (then the workload's {@link Workload#gpuClaims()} say which devices)
 * @param kind an app container, a native sidecar or an ordinary init container
 * @param jvm how its JVM sizes its heap, when it runs one
 */
public record ContainerSpec(
    String name,
    Resources requests,
    Resources limits,
    GpuAllocation gpu,
    ContainerKind kind,
    Optional<JvmMemory> jvm) {

  /** An app container without a known JVM. */
  public ContainerSpec(String name, Resources requests, Resources limits, GpuAllocation gpu) {
    this(name, requests, limits, gpu, ContainerKind.CONTAINER, Optional.empty());
  }

  public static ContainerSpec cpuMemory(String name, Resources requests, Resources limits) {
    return new ContainerSpec(name, requests, limits, GpuAllocation.NONE);
  }

  public ContainerSpec withResources(Resources newRequests, Resources newLimits) {
    return new ContainerSpec(name, newRequests, newLimits, gpu, kind, jvm);
  }

  public ContainerSpec withGpu(GpuAllocation newGpu) {
    return new ContainerSpec(name, requests, limits, newGpu, kind, jvm);
  }
}
