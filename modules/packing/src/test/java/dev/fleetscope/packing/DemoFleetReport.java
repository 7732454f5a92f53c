package dev.fleetscope.packing;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.ContainerRecommendation;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.fleet.SnapshotNodes;
import dev.fleetscope.packing.rightsizing.ClusterComparison;
import dev.fleetscope.packing.rightsizing.NodeRightsizing;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the demo fleet's nodes and cost per hour today and in the four node-rightsizing scenarios,
 * with the engine's recommended requests (fleetscope strategy, 14 days of history). Not a test: it
 * records the history first, which takes a while. Run from modules/packing after {@code
 * test-compile}: {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.fleetscope.packing.DemoFleetReport} with the test classpath in cp.txt.
 */
public final class DemoFleetReport {
  private DemoFleetReport() {}

  public static void main(String[] args) throws InterruptedException {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    DemoFleetSource source =
        new DemoFleetSource(Simulator.DEFAULT_SEED, clock, Duration.ofSeconds(2));
    source.poll();
    source.awaitHistory();
    FleetSnapshot snapshot = source.poll();
    Map<ContainerRef, Resources> recommended = new HashMap<>();
    for (ContainerRecommendation r :
        new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot).containers()) {
      recommended.put(r.ref(), r.recommendation().proposed().requests());
    }
    double[] totals = new double[10];
    for (Cluster cluster : snapshot.clusters()) {
      ClusterComparison c =
          new NodeRightsizing()
              .compare(
                  SnapshotNodes.of(cluster),
                  SnapshotNodes.recommendedRequests(cluster, recommended),
                  DemoFleetNodesTest.candidates(cluster));
      System.out.printf(
          Locale.ROOT,
          "%s: today %d nodes %.2f/h%n",
          cluster.name(),
          c.todayNodes(),
          c.todayCostPerHour());
      totals[0] += c.todayNodes();
      totals[1] += c.todayCostPerHour();
      int i = 2;
      for (Scenario s : c.scenarios()) {
        System.out.printf(
            Locale.ROOT,
            "  %s requests, %s: %d nodes %.2f/h (saves %.0f/month)%n",
            s.requests(),
            s.types(),
            s.nodes(),
            s.costPerHour(),
            s.savingPerMonth());
        totals[i++] += s.nodes();
        totals[i++] += s.costPerHour();
      }
    }
    System.out.printf(Locale.ROOT, "fleet: today %.0f nodes %.2f/h%n", totals[0], totals[1]);
    String[] names = {
      "today's requests, today's types",
      "today's requests, cheapest mix",
      "recommended, today's types",
      "recommended, cheapest mix"
    };
    for (int k = 0; k < 4; k++) {
      System.out.printf(
          Locale.ROOT, "  %s: %.0f nodes %.2f/h%n", names[k], totals[2 + 2 * k], totals[3 + 2 * k]);
    }
  }
}
