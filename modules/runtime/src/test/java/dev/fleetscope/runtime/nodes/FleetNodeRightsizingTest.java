package dev.fleetscope.runtime.nodes;

import static dev.fleetscope.packing.rightsizing.Scenario.Requests.RECOMMENDED;
import static dev.fleetscope.packing.rightsizing.Scenario.Requests.TODAY;
import static dev.fleetscope.packing.rightsizing.Scenario.Types.CHEAPEST_MIX;
import static dev.fleetscope.packing.rightsizing.Scenario.Types.TODAYS_TYPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetNodeRightsizingTest {
  private static final double CENT = 1e-9;

  private final ClusterNodeReport report =
      new FleetNodeRightsizing()
          .compare(
              SmallFleet.cluster(),
              Map.of(SmallFleet.API.container("main"), Resources.of(0.25, SmallFleet.GIB / 2)),
              SmallFleet.pricing());

  @Test
  void pricesTodaysNodesFromTheSnapshotWhereItListsThemAndSaysHowMany() {
    // four m6i.4xlarge at the snapshot's 0.768 (not the cluster's 0.50), the unlisted g4dn.xlarge
    // at the cluster's 0.60
    assertEquals(4 * 0.768 + 0.60, report.comparison().todayCostPerHour(), CENT);
    assertEquals(4, report.prices().listedNodes());
    assertEquals(1, report.prices().ownPriceNodes());
    assertEquals(
        "instance price snapshot as of 2026-01-19 (bundled with Fleetscope); it lists 4 of 5 nodes'"
            + " types, the other 1 keep the cluster's own price",
        report.prices().describe());
  }

  @Test
  void consolidatesTheCpuPoolOnTodaysTypesAndOnTheCheapestMix() {
    // 4 pods of 1 core fit one m6i.4xlarge; on the mix, one m6i.2xlarge (7.91 cores) or two
    // m6i.xlarge (3.92 cores each) at 0.384
    assertEquals(0.768, pool(TODAY, TODAYS_TYPES, "m6i.4xlarge").proposedCostPerHour(), CENT);
    assertEquals(0.384, pool(TODAY, CHEAPEST_MIX, "m6i.4xlarge").proposedCostPerHour(), CENT);
    // at 0.25 cores and 512 MiB each, one m6i.xlarge holds them
    assertEquals(0.768, pool(RECOMMENDED, TODAYS_TYPES, "m6i.4xlarge").proposedCostPerHour(), CENT);
    assertEquals(
        Map.of("m6i.xlarge", 1), pool(RECOMMENDED, CHEAPEST_MIX, "m6i.4xlarge").proposedTypes());
    assertEquals(
        (4 * 0.768 - 0.192) * 730,
        pool(RECOMMENDED, CHEAPEST_MIX, "m6i.4xlarge").savingPerMonth(),
        1e-6);
    assertEquals(4, pool(RECOMMENDED, CHEAPEST_MIX, "m6i.4xlarge").moves().size());
  }

  @Test
  void keepsTheGpuPoolWhenNoCandidateIsCheaperAndDescribesItsGpus() {
    // the only T4 candidate, g4dn.2xlarge at 0.752, costs more than today's node at 0.60
    PoolProposal gpu = pool(RECOMMENDED, CHEAPEST_MIX, "g4dn.xlarge");
    assertEquals(Map.of("g4dn.xlarge", 1), gpu.proposedTypes());
    assertEquals(0, gpu.savingPerMonth(), CENT);
    assertEquals("1 × NVIDIA T4", report.pool("g4dn.xlarge").describeGpus());
    assertEquals("", report.pool("m6i.4xlarge").describeGpus());
  }

  @Test
  void everyScenarioCostsAtLeastItsLowerBoundAndNoMoreThanToday() {
    for (Scenario s : report.comparison().scenarios()) {
      double bound = report.lowerBound(s.requests(), s.types());
      assertTrue(bound > 0, s.toString());
      assertTrue(s.costPerHour() >= bound - CENT, s + " below its bound " + bound);
      assertTrue(s.costPerHour() <= report.comparison().todayCostPerHour() + CENT, s.toString());
    }
  }

  @Test
  void fleetTotalsAddTheClustersAndCarryTheRequestLevelSavings() {
    ContainerRef main = SmallFleet.API.container("main");
    RecommendedRequests recommended =
        new RecommendedRequests(
            Map.of(main, Resources.of(0.25, SmallFleet.GIB / 2)),
            "a test",
            Map.of(dev.fleetscope.model.HourlyPrice.USD, 12.5),
            List.of());
    FleetSnapshot snapshot =
        new FleetSnapshot(
            Instant.parse("2026-12-01T12:00:00Z"),
            List.of(SmallFleet.cluster()),
            Map.of(),
            List.of());
    List<String> progress = new java.util.ArrayList<>();
    FleetNodeReport fleet =
        new FleetNodeRightsizing()
            .compare(
                snapshot,
                recommended,
                SmallFleet.pricing(),
                p -> progress.add(p.task()),
                () -> false);

    assertEquals(5, fleet.todayNodes());
    assertEquals(2, fleet.nodes(RECOMMENDED, CHEAPEST_MIX));
    assertEquals(0.192 + 0.60, fleet.costPerHour(RECOMMENDED, CHEAPEST_MIX), CENT);
    assertEquals(12.5, fleet.requestSavingPerMonth(), CENT);
    assertEquals("a test", fleet.requestsFrom());
    assertEquals(List.of("Packing lab's pods: cluster 1 of 1", "Packing done"), progress);
  }

  private PoolProposal pool(Scenario.Requests requests, Scenario.Types types, String name) {
    return report.scenario(requests, types).pools().stream()
        .filter(p -> p.pool().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
