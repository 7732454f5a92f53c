package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadFactsTest {
  private static final long GI = 1L << 30;
  private static final WorkloadRef REF = new WorkloadRef("c", "ns", WorkloadKind.DEPLOYMENT, "w");

  private static ContainerSpec spec(String name, double cpu, long memory, ContainerKind kind) {
    return new ContainerSpec(
        name,
        Resources.of(cpu, memory),
        Resources.UNBOUNDED,
        GpuAllocation.NONE,
        kind,
        Optional.empty());
  }

  private static Workload workload(List<ContainerSpec> containers) {
    return new Workload(
        REF, Map.of(), "", Optional.empty(), 1, containers, List.of(), Optional.empty());
  }

  @Test
  void anInitContainerCountsOnlyWhereItsPeakExceedsTheRunningContainersAndSidecarsRunBesideIt() {
    Workload w =
        workload(
                List.of(
                    spec("app", 1, GI, ContainerKind.CONTAINER),
                    spec("proxy", 0.1, GI / 8, ContainerKind.SIDECAR)))
            .withInitContainers(List.of(spec("migrate", 2, GI / 2, ContainerKind.INIT)));
    // CPU: the init container (2) plus the sidecar (0.1) beats app + sidecar (1.1); memory: app +
    // sidecar
    assertEquals(new Resources(2.1, GI + GI / 8), w.requestsPerReplica());
  }

  @Test
  void podLevelRequestsReplaceTheContainersSumForWhatTheySet() {
    Workload w =
        workload(
                List.of(
                    spec("a", 1, GI, ContainerKind.CONTAINER),
                    spec("b", 1, GI, ContainerKind.CONTAINER)))
            .withPodResources(
                Optional.of(new PodResources(Resources.of(1.5, 0), Resources.UNBOUNDED)));
    assertTrue(w.podLevel());
    assertEquals(new Resources(1.5, 2 * GI), w.requestsPerReplica());
  }

  @Test
  void claimedGpusAreTheWorkloadsGpusAndSayWhereTheyCameFrom() {
    MigProfile slice = MigProfile.parse("3g.40gb");
    GpuClaim a =
        new GpuClaim(
            "t-gpu",
            "gpu",
            "gpu.nvidia.com",
            "gpu-0-mig-0",
            "NVIDIA H100",
            40_000_000_000L,
            Optional.of(slice),
            slice.gpuFraction(),
            Set.of("trainer"));
    GpuClaim b =
        new GpuClaim(
            "t-gpu",
            "gpu",
            "gpu.nvidia.com",
            "gpu-1-mig-0",
            "NVIDIA H100",
            40_000_000_000L,
            Optional.of(slice),
            slice.gpuFraction(),
            Set.of("trainer"));
    assertEquals(new GpuAllocation.Mig(slice, 2), GpuClaim.allocation(List.of(a, b)));
    GpuClaim whole =
        new GpuClaim(
            "x",
            "gpu",
            "gpu.nvidia.com",
            "gpu-0",
            "NVIDIA H100",
            80L * GI,
            Optional.empty(),
            1,
            Set.of("trainer"));
    assertEquals(new GpuAllocation.Whole(2), GpuClaim.allocation(List.of(whole, whole)));
    Workload trainer = workload(List.of(spec("trainer", 4, 16 * GI, ContainerKind.CONTAINER)));
    Workload claimed =
        trainer.withGpuClaims(
            List.of(trainer.containers().getFirst().withGpu(GpuClaim.allocation(List.of(whole)))),
            List.of(whole));
    assertEquals(GpuSource.DRA, claimed.gpuSource());
    assertEquals(1.0, claimed.gpusPerReplica());
    assertEquals(GpuSource.NONE, trainer.gpuSource());
  }
}
