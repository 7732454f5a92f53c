package dev.fleetscope.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.PriceBook;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.packing.fleet.SnapshotNodes;
import dev.fleetscope.packing.rightsizing.ClusterComparison;
import dev.fleetscope.packing.rightsizing.ClusterNodes;
import dev.fleetscope.packing.rightsizing.NodeRightsizing;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.simulator.DemoFleetSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo fleet through the snapshot conversion and node rightsizing, on the bundled prices. */
class DemoFleetNodesTest {
  private static final FleetSnapshot DEMO =
      new DemoFleetSource(
              dev.fleetscope.simulator.Simulator.DEFAULT_SEED,
              java.time.Clock.fixed(
                  java.time.Instant.parse("2026-12-01T12:00:00Z"), java.time.ZoneOffset.UTC),
              java.time.Duration.ofSeconds(2))
          .poll();

  @Test
  void everyDemoNodeIsPricedByTheBundledSnapshot() {
    PriceBook book = PriceSnapshot.bundled().book();
    List<String> unpriced =
        DEMO.clusters().stream()
            .flatMap(
                c ->
                    c.nodes().stream()
                        .filter(n -> book.hourly(c, n).isEmpty())
                        .map(n -> c.region() + "/" + n.instanceType()))
            .distinct()
            .toList();

    assertEquals(List.of(), unpriced);
  }

  @Test
  void demoClustersConvertAndConsolidateWithoutCostingMore() {
    NodeRightsizing rightsizing = new NodeRightsizing();
    for (Cluster cluster : DEMO.clusters()) {
      ClusterNodes nodes = SnapshotNodes.of(cluster);
      ClusterComparison c = rightsizing.compare(nodes, Map.of(), candidates(cluster));

      assertEquals(cluster.nodes().size(), c.todayNodes());
      for (Scenario s : c.scenarios()) {
        assertTrue(s.costPerHour() <= c.todayCostPerHour() + 1e-9, s.toString());
        for (PoolProposal pool : s.pools()) {
          assertEquals(List.of(), pool.unplaced());
          PackingProblem problem =
              new PackingProblem(
                  nodes.pods().stream()
                      .filter(p -> pool.proposal().nodeOfPod().containsKey(p.pod().name()))
                      .map(p -> p.pod())
                      .toList(),
                  pool.proposal().nodes().stream()
                      .filter(n -> !n.fixed())
                      .map(PlannedNode::type)
                      .distinct()
                      .toList(),
                  nodes.overhead(),
                  List.of());
          List<String> problems =
              NodeCheck.check(
                  problem,
                  new Packing(
                      pool.proposal().nodes().stream().filter(n -> !n.fixed()).toList(),
                      List.of()));
          assertEquals(List.of(), problems.stream().filter(p -> !p.contains("dropped")).toList());
        }
      }
      Scenario mix = c.scenario(Scenario.Requests.TODAY, Scenario.Types.CHEAPEST_MIX);
      Scenario same = c.scenario(Scenario.Requests.TODAY, Scenario.Types.TODAYS_TYPES);
      System.out.printf(
          Locale.ROOT,
          "%s: today %d nodes %.2f/h; today's requests on today's types %d nodes %.2f/h; on the"
              + " cheapest mix %d nodes %.2f/h%n",
          cluster.name(),
          c.todayNodes(),
          c.todayCostPerHour(),
          same.nodes(),
          same.costPerHour(),
          mix.nodes(),
          mix.costPerHour());
    }
  }

  /** The bundled snapshot's types of the cluster's provider and region, on demand. */
  static List<NodeType> candidates(Cluster cluster) {
    return PriceSnapshot.bundled().book().prices().stream()
        .filter(p -> p.provider() == cluster.provider() && p.region().equals(cluster.region()))
        .map(DemoFleetNodesTest::type)
        .toList();
  }

  private static NodeType type(InstancePrice p) {
    return NodeType.fromCatalog(
        p.instanceType(),
        p.shape().vcpus(),
        p.shape().memoryGib(),
        p.shape().gpus(),
        p.shape().gpuModel(),
        p.price().amount(),
        CapacityType.ON_DEMAND);
  }
}
