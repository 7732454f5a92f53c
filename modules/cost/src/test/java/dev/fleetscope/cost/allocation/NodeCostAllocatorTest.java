package dev.fleetscope.cost.allocation;

import static dev.fleetscope.cost.allocation.Fleet.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.PodPhase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeCostAllocatorTest {
  /** Equal part prices make each core, GiB and GPU cost the same: easy to check by hand. */
  private static final PartRatios EVEN = new PartRatios(1, 1, 1);

  @Test
  void chargesTheLargerOfRequestAndUseAndLeavesTheRestIdle() {
    // Node: 2 cores + 2 GiB at 4.00/h, so 1.00 per core-hour and per GiB-hour.
    // "api" requests 0.5 core and 1 GiB but uses 1 core and 0.5 GiB: charged 1 core + 1 GiB =
    // 2.00/h.
    FleetSnapshot fleet =
        snapshot(
            Fleet.cluster(
                List.of(Fleet.node("n1", 2, 2, 0, 4.00)),
                List.of(
                    Fleet.workload(
                        "api",
                        "search",
                        0.5,
                        1,
                        GpuAllocation.NONE,
                        List.of(Fleet.pod("api-1", "n1", PodPhase.RUNNING))))),
            Map.of(Fleet.ref("api").container("main"), Fleet.usage("api", 1.0, 0.5 * GIB)));

    ClusterCost cost = new NodeCostAllocator(EVEN).allocate(fleet).getFirst();

    assertEquals(new PartCost(1.0, 1.0, 0.0), cost.workloads().getFirst().perHour());
    assertEquals(new PartCost(1.0, 1.0, 0.0), cost.idleByNode().get("n1"));
    assertEquals(HourlyPrice.USD, cost.currency());
  }

  @Test
  void chargesOnlyRunningPodsAtTheirOwnNodesRates() {
    // n1: 4 cores + 4 GiB at 8.00/h (1.00 a part); n2: 4 cores + 4 GiB at 16.00/h (2.00 a part).
    // "train" requests 1 core + 1 GiB per replica: one running on each node, one pending (not
    // charged).
    FleetSnapshot fleet =
        snapshot(
            Fleet.cluster(
                List.of(Fleet.node("n1", 4, 4, 0, 8.00), Fleet.node("n2", 4, 4, 0, 16.00)),
                List.of(
                    Fleet.workload(
                        "train",
                        "vision",
                        1,
                        1,
                        GpuAllocation.NONE,
                        List.of(
                            Fleet.pod("t-1", "n1", PodPhase.RUNNING),
                            Fleet.pod("t-2", "n2", PodPhase.RUNNING),
                            Fleet.pod("t-3", "", PodPhase.PENDING))))),
            Map.of());

    ClusterCost cost = new NodeCostAllocator(EVEN).allocate(fleet).getFirst();

    assertEquals(new PartCost(3.0, 3.0, 0.0), cost.workloads().getFirst().perHour());
    assertEquals(new PartCost(3.0, 3.0, 0.0), cost.idleByNode().get("n1"));
    assertEquals(new PartCost(6.0, 6.0, 0.0), cost.idleByNode().get("n2"));
  }

  @Test
  void splitsGpuNodePriceByOpenCostRatiosSoTheWholeNodeIsAccountedFor() {
    // g6.xlarge-like node: 4 cores, 16 GiB, 1 L4 at 0.8048/h; a server takes the GPU, 1 core and 4
    // GiB.
    FleetSnapshot fleet =
        snapshot(
            Fleet.cluster(
                List.of(Fleet.node("gpu-1", 4, 16, 1, 0.8048)),
                List.of(
                    Fleet.workload(
                        "llm",
                        "genai",
                        1,
                        4,
                        new GpuAllocation.Whole(1),
                        List.of(Fleet.pod("llm-1", "gpu-1", PodPhase.RUNNING))))),
            Map.of());

    ClusterCost cost = new NodeCostAllocator().allocate(fleet).getFirst();

    // OpenCost: perGiB = 0.8048 / (1 x 0.95/0.004237 + 4 x 0.031611/0.004237 + 16) = 0.8048 /
    // 270.0590...
    double perGib = 0.8048 / (0.95 / 0.004237 + 4 * 0.031611 / 0.004237 + 16);
    PartCost llm = cost.workloads().getFirst().perHour();
    assertEquals(perGib * 0.95 / 0.004237, llm.gpu(), 1e-12);
    assertEquals(perGib * 0.031611 / 0.004237, llm.cpu(), 1e-12);
    assertEquals(4 * perGib, llm.memory(), 1e-12);
    assertEquals(0.8048, cost.allocated().total() + cost.idle().total(), 1e-12);
    assertEquals(0.0, cost.idle().gpu(), 1e-12);
  }

  @Test
  void withoutUsageTheRequestAloneIsCharged() {
    FleetSnapshot fleet =
        snapshot(
            Fleet.cluster(
                List.of(Fleet.node("n1", 2, 2, 0, 4.00)),
                List.of(
                    Fleet.workload(
                        "batch",
                        "data",
                        0.25,
                        1,
                        GpuAllocation.NONE,
                        List.of(Fleet.pod("b-1", "n1", PodPhase.RUNNING))))),
            Map.of());

    assertEquals(
        new PartCost(0.25, 1.0, 0.0),
        new NodeCostAllocator(EVEN).allocate(fleet).getFirst().workloads().getFirst().perHour());
  }

  private static FleetSnapshot snapshot(
      dev.fleetscope.model.Cluster cluster, Map<ContainerRef, ContainerUsage> usage) {
    return new FleetSnapshot(
        Instant.parse("2026-03-01T12:00:00Z"), List.of(cluster), usage, List.of());
  }
}
