package dev.fleetscope.packing.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.DaemonSetOverhead;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.export.EksNodeGroup;
import dev.fleetscope.packing.export.KarpenterNodePool;
import dev.fleetscope.packing.rightsizing.Scenario.Requests;
import dev.fleetscope.packing.rightsizing.Scenario.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeRightsizingTest {
  private static final long GIB = 1L << 30;
  private static final NodeType BIG = NodeType.cpu("m6i.4xlarge", 15.9, 58 * GIB, 0.768);
  private static final NodeType SMALL = NodeType.cpu("m6i.xlarge", 3.9, 14 * GIB, 0.192);

  /** Four half-empty big nodes of pool "general", each with two 2-core pods. */
  private static ClusterNodes halfEmpty(List<PodDisruptionBudget> budgets, boolean localOnFirst) {
    List<CurrentNode> nodes = new ArrayList<>();
    List<ScheduledPod> pods = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      String node = "node-" + n;
      nodes.add(new CurrentNode(node, "general", BIG, "us-east-1a"));
      for (int p = 0; p < 2; p++) {
        PodRequest pod = PodRequest.of("shop/api-" + n + p, 2, 4 * GIB).ofWorkload("api");
        pods.add(new ScheduledPod(pod, node, localOnFirst && n == 0 && p == 0));
      }
    }
    return new ClusterNodes("c1", nodes, pods, budgets, DaemonSetOverhead.NONE);
  }

  @Test
  void halfEmptyNodesConsolidateOnTodaysTypesMovingOnlyThePodsOfNodesThatGo() {
    ClusterComparison c =
        new NodeRightsizing().compare(halfEmpty(List.of(), false), Map.of(), List.of());

    PoolProposal pool = c.scenario(Requests.TODAY, Types.TODAYS_TYPES).pools().getFirst();
    assertEquals(4, c.todayNodes());
    assertEquals(Map.of("m6i.4xlarge", 2), pool.proposedTypes());
    assertEquals(2 * 0.768 * 730, pool.savingPerMonth(), 1e-6);
    assertEquals(4, pool.moves().size());
    assertTrue(
        pool.moves().stream()
            .allMatch(m -> pool.proposal().nodeOfPod().get(m.pod()).equals(m.toNode())));
    assertEquals(List.of(), pool.blockers());
  }

  @Test
  void recommendedRequestsOnTheCheapestMixNeedSmallerNodes() {
    Map<String, Resources> recommended = new java.util.HashMap<>();
    for (int n = 0; n < 4; n++) {
      for (int p = 0; p < 2; p++) {
        recommended.put("shop/api-" + n + p, Resources.of(0.4, GIB));
      }
    }
    ClusterComparison c =
        new NodeRightsizing()
            .compare(halfEmpty(List.of(), false), recommended, List.of(SMALL, BIG));

    Scenario mix = c.scenario(Requests.RECOMMENDED, Types.CHEAPEST_MIX);
    assertEquals(Map.of("m6i.xlarge", 1), mix.pools().getFirst().proposedTypes());
    assertEquals((4 * 0.768 - 0.192) * 730, mix.savingPerMonth(), 1e-6);
    assertTrue(
        c.scenario(Requests.TODAY, Types.CHEAPEST_MIX).costPerHour()
            <= c.scenario(Requests.TODAY, Types.TODAYS_TYPES).costPerHour() + 1e-9);
  }

  @Test
  void budgetsAtZeroAndLocalStoragePinTheirNodesAndSayWhy() {
    ClusterNodes cluster = halfEmpty(List.of(new PodDisruptionBudget("api-pdb", "api", 0)), true);

    PoolProposal pool =
        new NodeRightsizing()
            .compare(cluster, Map.of(), List.of())
            .scenario(Requests.TODAY, Types.TODAYS_TYPES)
            .pools()
            .getFirst();

    assertEquals(Map.of("m6i.4xlarge", 4), pool.proposedTypes());
    assertEquals(List.of(), pool.moves());
    assertEquals(8, pool.blockers().size());
    assertEquals(
        Blocker.Kind.LOCAL_STORAGE,
        pool.blockers().stream()
            .filter(b -> b.pod().equals("shop/api-00"))
            .findFirst()
            .orElseThrow()
            .kind());
    assertTrue(pool.blockers().stream().anyMatch(b -> b.detail().contains("api-pdb")));
  }

  @Test
  void aPodNoCandidateHoldsPinsItsNodeWithTheReason() {
    // Today's types are candidates too, so only a pod over its own node's room (here once the
    // DaemonSets are counted) has nowhere to go.
    PodRequest huge = PodRequest.of("shop/huge", 15.5, 8 * GIB);
    ClusterNodes cluster =
        new ClusterNodes(
            "c1",
            List.of(new CurrentNode("node-0", "general", BIG, "us-east-1a")),
            List.of(new ScheduledPod(huge, "node-0", false)),
            List.of(),
            new DaemonSetOverhead(0.5, GIB, 2));

    PoolProposal pool =
        new NodeRightsizing()
            .compare(cluster, Map.of(), List.of(SMALL))
            .scenario(Requests.TODAY, Types.CHEAPEST_MIX)
            .pools()
            .getFirst();

    assertEquals(Blocker.Kind.NO_FEASIBLE_NODE, pool.blockers().getFirst().kind());
    assertTrue(
        pool.blockers().getFirst().detail().contains("m6i.xlarge"), pool.blockers().toString());
    assertEquals(List.of(), pool.unplaced());
  }

  @Test
  void exportsNameTheProposedTypesCountsAndTaints() {
    ClusterComparison c =
        new NodeRightsizing().compare(halfEmpty(List.of(), false), Map.of(), List.of());
    PoolProposal pool = c.scenario(Requests.TODAY, Types.TODAYS_TYPES).pools().getFirst();

    String karpenter = KarpenterNodePool.yaml(pool, "default");
    String eks = EksNodeGroup.yaml("c1", "us-east-1", pool);

    assertTrue(karpenter.contains("kind: NodePool\nmetadata:\n  name: general\n"), karpenter);
    assertTrue(karpenter.contains("values: [\"m6i.4xlarge\"]"), karpenter);
    assertTrue(karpenter.contains("values: [\"on-demand\"]"), karpenter);
    assertTrue(karpenter.contains("values: [\"us-east-1a\"]"), karpenter);
    assertTrue(karpenter.contains("cpu: \"40\""), karpenter);
    assertTrue(karpenter.contains("consolidationPolicy: WhenEmptyOrUnderutilized"), karpenter);
    assertTrue(
        eks.contains("  - name: general-rightsized\n    instanceTypes: [\"m6i.4xlarge\"]\n"), eks);
    assertTrue(eks.contains("    desiredCapacity: 2\n    minSize: 2\n    maxSize: 3\n"), eks);
    assertTrue(eks.contains("eksctl scale nodegroup --cluster=c1 --name=general --nodes=0"), eks);
  }

  @Test
  void gpuPoolsExportTheirTaint() {
    NodeType g5 = NodeType.gpu("g5.2xlarge", 7.9, 28 * GIB, 1, "A10G", 1.212);
    PodRequest pod =
        PodRequest.of("ml/serve-0", 2, 8 * GIB)
            .withGpu(dev.fleetscope.packing.GpuDemand.whole(1, "A10G"))
            .withConstraints(
                Map.of(), List.of(dev.fleetscope.packing.Toleration.exists("nvidia.com/gpu")), "");
    ClusterNodes cluster =
        new ClusterNodes(
            "c1",
            List.of(new CurrentNode("gpu-0", "gpu", g5, "us-east-1b")),
            List.of(new ScheduledPod(pod, "gpu-0", false)),
            List.of(),
            DaemonSetOverhead.NONE);
    PoolProposal pool =
        new NodeRightsizing()
            .compare(cluster, Map.of(), List.of())
            .scenario(Requests.TODAY, Types.TODAYS_TYPES)
            .pools()
            .getFirst();

    String karpenter = KarpenterNodePool.yaml(pool, "gpu");
    assertTrue(
        karpenter.contains(
            "- key: \"nvidia.com/gpu\"\n          value: \"present\"\n          effect: NoSchedule"),
        karpenter);
    assertTrue(karpenter.contains("nvidia.com/gpu: \"2\""), karpenter);
  }
}
