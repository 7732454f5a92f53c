package dev.fleetscope.runtime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.price.PriceBook;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo fleet's node rightsizing on the bundled price snapshot, with the engine's recommended
 * requests from its 14 days of history (clock fixed at 2026-12-01T12:00Z): the figures the README
 * quotes, printed, and the properties that must hold whatever they are.
 */
class DemoFleetNodeReportTest {
  private static FleetSnapshot snapshot;
  private static FleetNodeReport report;

  @BeforeAll
  static void packTheDemoFleet() throws InterruptedException {
    DemoFleetSource demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED,
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC),
            Duration.ofSeconds(2));
    demo.poll();
    demo.awaitHistory();
    snapshot = demo.poll();
    RecommendedRequests recommended =
        RecommendedRequests.of(new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot));
    long start = System.nanoTime();
    report =
        new FleetNodeRightsizing()
            .compare(
                snapshot,
                recommended,
                new NodePricing(PriceSnapshot.bundled(), false),
                p -> {},
                () -> false);
    System.out.printf(
        Locale.ROOT,
        "demo fleet: today %d nodes %.2f/h%n",
        report.todayNodes(),
        report.todayCostPerHour());
    for (Scenario.Requests r : Scenario.Requests.values()) {
      for (Scenario.Types t : Scenario.Types.values()) {
        System.out.printf(
            Locale.ROOT,
            "  %s requests, %s: %d nodes %.2f/h, saves %.0f/month, lower bound %.2f/h, gap %.1f %%%n",
            r,
            t,
            report.nodes(r, t),
            report.costPerHour(r, t),
            report.savingPerMonth(r, t),
            report.lowerBound(r, t),
            100 * report.gap(r, t));
      }
    }
    System.out.printf(
        Locale.ROOT, "  request-level savings %.0f/month%n", report.requestSavingPerMonth());
  }

  @Test
  void pricesEveryDemoNodeFromTheSnapshotLikeTheCandidates() {
    PriceBook book = PriceSnapshot.bundled().book();
    double expected = 0;
    for (Cluster c : snapshot.clusters()) {
      for (var node : c.nodes()) {
        expected += book.hourly(c, node).orElseThrow().amount();
      }
    }
    assertEquals(expected, report.todayCostPerHour(), 1e-6);
    assertEquals(
        snapshot.clusters().stream().mapToInt(c -> c.nodes().size()).sum(), report.todayNodes());
    for (ClusterNodeReport c : report.clusters()) {
      assertEquals(0, c.prices().ownPriceNodes(), c.cluster());
    }
  }

  @Test
  void theCheapestMixNeverCostsMoreThanTodaysTypesNorTodaysTypesMoreThanToday() {
    for (Scenario.Requests r : Scenario.Requests.values()) {
      double mix = report.costPerHour(r, Scenario.Types.CHEAPEST_MIX);
      double same = report.costPerHour(r, Scenario.Types.TODAYS_TYPES);
      assertTrue(mix <= same + 1e-6, r + ": " + mix + " > " + same);
      assertTrue(same <= report.todayCostPerHour() + 1e-6, r.toString());
      assertTrue(
          report.costPerHour(r, Scenario.Types.CHEAPEST_MIX)
              >= report.lowerBound(r, Scenario.Types.CHEAPEST_MIX) - 1e-6);
    }
    assertTrue(
        report.costPerHour(Scenario.Requests.RECOMMENDED, Scenario.Types.CHEAPEST_MIX)
            < report.costPerHour(Scenario.Requests.TODAY, Scenario.Types.CHEAPEST_MIX));
  }

  @Test
  void noPodIsLeftOutOfAnyProposal() {
    for (ClusterNodeReport c : report.clusters()) {
      int pods =
          c.comparison().scenarios().getFirst().pools().stream()
              .mapToInt(p -> p.proposal().nodeOfPod().size() + p.unplaced().size())
              .sum();
      for (Scenario s : c.comparison().scenarios()) {
        int placed = 0;
        for (PoolProposal p : s.pools()) {
          placed += p.proposal().nodeOfPod().size() + p.unplaced().size();
        }
        assertEquals(pods, placed, c.cluster() + " " + s.requests() + " " + s.types());
      }
    }
  }
}
