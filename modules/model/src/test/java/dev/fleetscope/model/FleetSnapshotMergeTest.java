package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cluster connected twice (its Prometheus and its kubeconfig context) is one cluster in the
 * merged snapshot.
 */
class FleetSnapshotMergeTest {
  private static final Instant AT = Instant.parse("2026-11-24T00:00:00Z");
  private static final ContainerRef MAIN =
      new ContainerRef(
          new WorkloadRef("prod", "serving", WorkloadKind.DEPLOYMENT, "ranker"), "main");

  @Test
  void aClusterReportedByTwoSourcesIsShownOnceWithTheFirstLiveSourcesInventory() {
    FleetSnapshot kubernetes = part(cluster("prod", "kubernetes:prod"), Map.of());
    FleetSnapshot prometheus = part(cluster("prod", "prometheus:p1"), Map.of(MAIN, usage(5)));

    FleetSnapshot merged =
        FleetSnapshot.merge(
            AT,
            List.of(kubernetes, prometheus),
            List.of(
                status("kubernetes:prod", SourceState.LIVE),
                status("prometheus:p1", SourceState.LIVE)));

    assertEquals(
        List.of("kubernetes:prod"), merged.clusters().stream().map(Cluster::sourceId).toList());
    assertEquals(
        5,
        merged.usage(MAIN).orElseThrow().history(Metric.CPU_CORES).size(),
        "the usage the inventory's source lacks");
  }

  @Test
  void aFailedSourceDoesNotHideTheSameClusterFromALiveOne() {
    FleetSnapshot kubernetes = part(cluster("prod", "kubernetes:prod"), Map.of());
    FleetSnapshot prometheus = part(cluster("prod", "prometheus:p1"), Map.of());

    FleetSnapshot merged =
        FleetSnapshot.merge(
            AT,
            List.of(kubernetes, prometheus),
            List.of(
                status("kubernetes:prod", SourceState.FAILED),
                status("prometheus:p1", SourceState.LIVE)));

    assertEquals(
        List.of("prometheus:p1"), merged.clusters().stream().map(Cluster::sourceId).toList());
  }

  @Test
  void eachContainerKeepsTheLongerHistoryAndOtherClustersAreUntouched() {
    FleetSnapshot shortHistory = part(cluster("prod", "a"), Map.of(MAIN, usage(3)));
    FleetSnapshot longHistory = part(cluster("prod", "b"), Map.of(MAIN, usage(8)));
    FleetSnapshot other = part(cluster("dev", "c"), Map.of());

    FleetSnapshot merged =
        FleetSnapshot.merge(AT, List.of(shortHistory, longHistory, other), List.of());

    assertEquals(List.of("prod", "dev"), merged.clusters().stream().map(Cluster::name).toList());
    assertEquals(8, merged.usage(MAIN).orElseThrow().history(Metric.CPU_CORES).size());
  }

  private static FleetSnapshot part(Cluster cluster, Map<ContainerRef, ContainerUsage> usage) {
    return new FleetSnapshot(AT, List.of(cluster), usage, List.of());
  }

  private static Cluster cluster(String name, String sourceId) {
    return new Cluster(name, Provider.AWS, "us-east-1", sourceId, List.of(), List.of());
  }

  private static ContainerUsage usage(int minutes) {
    Series cpu =
        Series.of(
            Metric.CPU_CORES,
            AT.minus(Duration.ofMinutes(minutes)),
            Duration.ofMinutes(1),
            new double[minutes]);
    return new ContainerUsage(MAIN, Map.of(Metric.CPU_CORES, cpu), Map.of(), List.of());
  }

  private static SourceStatus status(String sourceId, SourceState state) {
    return new SourceStatus(
        sourceId, sourceId, state, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
