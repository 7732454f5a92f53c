package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.VerticalAutoscaler;
import java.util.List;
import java.util.Optional;

/**
 * What a demo workload of today's Kubernetes carries beside its containers: a VPA, pod-level
 * resources, ordinary init containers (their specs: they ran before the history began), GPUs held
 * through DRA claims; {@code showcase} marks the workloads added for these cases, placed after the
 * rest so the original fleet's placement is unchanged.
 */
record SimExtras(
    Optional<VerticalAutoscaler> vpa,
    Optional<PodResources> podResources,
    List<ContainerSpec> initContainers,
    List<GpuClaim> gpuClaims,
    boolean showcase) {
  static final SimExtras NONE =
      new SimExtras(Optional.empty(), Optional.empty(), List.of(), List.of(), false);

  SimExtras {
    initContainers = List.copyOf(initContainers);
    gpuClaims = List.copyOf(gpuClaims);
  }
}
