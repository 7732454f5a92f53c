package dev.fleetscope.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackerTest {
  private static final long GIB = 1L << 30;
  private static final NodeType SMALL = NodeType.cpu("small", 2, 8 * GIB, 0.10);
  private static final NodeType LARGE = NodeType.cpu("large", 8, 32 * GIB, 0.45);
  private static final NodeType HIGHMEM = NodeType.cpu("highmem", 2, 32 * GIB, 0.20);
  private static final NodeType A100 = NodeType.gpu("a100", 12, 80 * GIB, 1, "NVIDIA A100", 3.0);
  private final Packer packer = new Packer();

  @Test
  void podThatFitsNoTypeIsUnplacedWithTheReasonNeverDropped() {
    PodRequest huge = PodRequest.of("huge", 16, GIB);
    PackingProblem problem =
        PackingProblem.of(List.of(huge, PodRequest.of("ok", 1, GIB)), List.of(SMALL, LARGE));

    Packing packing = packer.pack(problem);

    assertEquals(List.of("huge"), packing.unplaced().stream().map(Unplaced::pod).toList());
    assertTrue(
        packing.unplaced().getFirst().reason().contains("16.000 cores"),
        packing.unplaced().getFirst().reason());
    assertEquals(Map.of("ok", "small-1"), packing.nodeOfPod());
  }

  @Test
  void replicasWithAntiAffinityNeverShareANode() {
    List<PodRequest> replicas =
        List.of("a", "b", "c").stream()
            .map(n -> PodRequest.of(n, 0.1, GIB).withConstraints(Map.of(), List.of(), "web"))
            .toList();

    Packing packing = packer.pack(PackingProblem.of(replicas, List.of(SMALL, LARGE)));

    assertEquals(Map.of("small", 3), packing.countsByType());
  }

  @Test
  void zonalPodsGetNodesInTheirZones() {
    List<PodRequest> pods =
        List.of(
            PodRequest.of("a", 0.5, GIB).inZone("us-east-1a"),
            PodRequest.of("b", 0.5, GIB).inZone("us-east-1b"),
            PodRequest.of("c", 0.5, GIB));

    Packing packing = packer.pack(PackingProblem.of(pods, List.of(SMALL)));

    assertEquals(2, packing.nodes().size());
    for (PlannedNode node : packing.nodes()) {
      assertTrue(
          node.pods().contains(node.zone().equals("us-east-1a") ? "a" : "b"), node.toString());
    }
  }

  @Test
  void cpuPodsStayOffTaintedGpuNodesAndGpuPodsNeedTheirFamily() {
    NodeType cheapGpu = NodeType.gpu("t4", 8, 32 * GIB, 1, "T4", 0.05);
    PodRequest training =
        PodRequest.of("train", 4, 16 * GIB)
            .withGpu(GpuDemand.whole(1, "A100"))
            .withConstraints(Map.of(), List.of(Toleration.exists("nvidia.com/gpu")), "");
    PackingProblem problem =
        PackingProblem.of(
            List.of(training, PodRequest.of("web", 1, GIB)), List.of(cheapGpu, A100, SMALL));

    Packing packing = packer.pack(problem);

    assertEquals(Map.of("train", "a100-1", "web", "small-1"), packing.nodeOfPod());
  }

  @Test
  void migSlicesArePackedUpToTheProfilesCount() {
    NodeType mig =
        NodeType.gpu("a100-mig", 12, 80 * GIB, 1, "A100", 3.0).withMigSlices(Map.of("1g.10gb", 7));
    List<PodRequest> pods =
        java.util.stream.IntStream.range(0, 9)
            .mapToObj(
                i ->
                    PodRequest.of("nb-" + i, 0.5, GIB)
                        .withGpu(new GpuDemand.Mig("1g.10gb", 1))
                        .withConstraints(
                            Map.of(), List.of(Toleration.exists("nvidia.com/gpu")), ""))
            .toList();

    Packing packing = packer.pack(PackingProblem.of(pods, List.of(mig, A100)));

    assertEquals(Map.of("a100-mig", 2), packing.countsByType());
    assertEquals(
        List.of(7, 2),
        packing.nodes().stream()
            .map(n -> n.pods().size())
            .sorted(java.util.Comparator.reverseOrder())
            .toList());
  }

  @Test
  void daemonSetOverheadAndMaxPodsTakeTheirShareOfEveryNode() {
    List<PodRequest> pods = List.of(PodRequest.of("a", 0.9, GIB), PodRequest.of("b", 0.9, GIB));
    NodeType two = SMALL.withMaxPods(3);

    assertEquals(1, packer.pack(PackingProblem.of(pods, List.of(two))).nodes().size());
    assertEquals(
        2,
        packer
            .pack(
                new PackingProblem(pods, List.of(two), new DaemonSetOverhead(0.3, 0, 0), List.of()))
            .nodes()
            .size());
    assertEquals(
        2,
        packer
            .pack(new PackingProblem(pods, List.of(two), new DaemonSetOverhead(0, 0, 2), List.of()))
            .nodes()
            .size());
  }

  @Test
  void aMixOfTypesBeatsEverySingleTypeWhenShapesDiffer() {
    List<PodRequest> pods =
        List.of(
            PodRequest.of("cache", 0.5, 28 * GIB),
            PodRequest.of("api-1", 1.8, 2 * GIB),
            PodRequest.of("api-2", 1.8, 2 * GIB));

    Packing packing = packer.pack(PackingProblem.of(pods, List.of(SMALL, HIGHMEM, LARGE)));

    assertEquals(Map.of("highmem", 1, "small", 2), packing.countsByType());
    assertEquals(0.40, packing.costPerHour(), 1e-9);
  }

  @Test
  void fixedNodeKeepsItsPinnedPodAndLendsItsRoom() {
    List<PodRequest> pods =
        List.of(PodRequest.of("db", 4, 8 * GIB), PodRequest.of("web", 2, 4 * GIB));
    FixedNode keep = new FixedNode("node-7", LARGE, "us-east-1a", List.of("db"));

    Packing packing =
        packer.pack(
            new PackingProblem(pods, List.of(SMALL), DaemonSetOverhead.NONE, List.of(keep)));

    assertEquals(Map.of("db", "node-7", "web", "node-7"), packing.nodeOfPod());
    assertEquals(0.45, packing.costPerHour(), 1e-9);
  }

  @Test
  void gpuFamiliesAreReadFromModelNames() {
    assertEquals("A100", GpuFamilies.family("NVIDIA A100-SXM4-40GB"));
    assertEquals("A100", GpuFamilies.family("NVIDIA A100 80GB PCIe"));
    assertEquals("A10G", GpuFamilies.family("NVIDIA A10G"));
    assertEquals("L40S", GpuFamilies.family("nvidia l40s"));
    assertEquals("T4", GpuFamilies.family("Tesla T4"));
    assertEquals("", GpuFamilies.family(""));
  }
}
