package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the {@link FixtureFleet} back from a real Prometheus 2.42 that holds it (backfilled with
 * promtool) and checks every value against what was written.
 */
class HistoryReaderIT {
  /** Half precision keeps 11 significant bits: a stored value is within 0.05% of the value read. */
  static final double STORAGE_PRECISION = 1e-3;

  static FixtureFleet fleet;
  static PrometheusClient client;
  static FleetHistory history;

  @BeforeAll
  static void read() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    fleet = prometheus.fleet;
    client = new PrometheusClient(prometheus.settings());
    history =
        new HistoryReader(client)
            .read(
                HistoryRequest.ending(fleet.end(), Duration.ofHours(12), FixtureFleet.STEP),
                p -> {});
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void readsEveryWorkloadContainerAndNothingElse() {
    assertEquals(Set.copyOf(fleet.containers()), history.usage().keySet());
    assertEquals(0, history.unattributedSeries());
  }

  @Test
  void readsEveryMetricOfEveryContainerAsWrittenStepByStep() {
    for (ContainerRef ref : fleet.containers()) {
      ContainerUsage usage = history.usage().get(ref);
      for (Metric metric : Metric.values()) {
        double[] expected = fleet.expected(ref, metric);
        double[] read =
            usage.history(metric).isEmpty()
                ? nans(expected.length)
                : usage.history(metric).toArray();
        assertSeriesEqual(expected, read, ref + " " + metric);
      }
      assertEquals(
          fleet.start(), usage.history(Metric.CPU_CORES).start(), ref + " starts with the history");
    }
  }

  @Test
  void followsADeploymentThroughARolloutAsOneContinuousSeries() {
    ContainerRef app =
        new WorkloadRef("c2", "web", WorkloadKind.DEPLOYMENT, "api").container("app");
    double[] cpu = history.usage().get(app).history(Metric.CPU_CORES).toArray();

    assertTrue(
        Arrays.stream(cpu).noneMatch(Double::isNaN),
        "no gap where api-5f6b-aaa handed over to api-6c7d-bbb");
  }

  @Test
  void datesOomKillsToTheirStepWhetherCadvisorOrKubeStateMetricsSawThem() {
    for (ContainerRef ref : fleet.containers()) {
      assertEquals(
          fleet.expectedOomKills(ref), history.usage().get(ref).oomKills(), ref.toString());
    }
  }

  @Test
  void readsTheShareOfThrottledCpuPeriods() {
    assertEquals(
        0.25,
        history
            .cpuThrottling()
            .get(
                new WorkloadRef("c2", "web", WorkloadKind.DAEMON_SET, "log-agent")
                    .container("agent")),
        1e-9);
    assertEquals(
        0.0,
        history
            .cpuThrottling()
            .get(
                new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference")
                    .container("server")),
        1e-9);
    assertEquals(2, history.cpuThrottling().size());
  }

  @Test
  void readsTheClustersAsTheyAreAtTheEnd() {
    assertEquals(List.of("c1", "c2"), history.clusters().stream().map(Cluster::name).toList());
    Cluster c1 = history.clusters().getFirst();
    assertEquals(Provider.AWS, c1.provider());
    assertEquals("us-east-1", c1.region());
    assertEquals(Resources.of(86.4, Math.round((1024L << 30) * 0.9)), c1.allocatable());
    assertEquals(8, c1.gpus());
    assertEquals(
        Set.of("ml/inference", "ml/feature-store"),
        c1.workloads().map(w -> w.ref().namespace() + "/" + w.name()).collect(Collectors.toSet()),
        "the nightly job's pod ended hours before");

    Workload inference =
        c1.workload(new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference"))
            .orElseThrow();
    assertEquals(2, inference.desiredReplicas());
    assertEquals(2, inference.runningPods());
    assertEquals(
        Optional.of(new HorizontalAutoscaler(2, 6, OptionalDouble.of(0.7))),
        inference.autoscaler());
    assertEquals(
        Resources.of(1.5, 6L << 30), inference.container("server").orElseThrow().requests());
    assertEquals(Resources.of(3, 12L << 30), inference.container("server").orElseThrow().limits());
    assertEquals(1, inference.gpusPerReplica());
    assertEquals("team-ml", inference.team());
    assertEquals(Optional.of("model-inference"), inference.model());

    Workload store =
        c1.workload(new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "feature-store"))
            .orElseThrow();
    var redis = store.pods().getFirst().containers().getFirst();
    assertEquals(1, redis.restarts());
    assertEquals("OOMKilled", redis.lastTermination().orElseThrow().reason());
    assertEquals(137, redis.lastTermination().orElseThrow().exitCode());
    assertEquals(
        Instant.ofEpochSecond(fleet.scrapeTime(100, 2) - 30),
        redis.lastTermination().orElseThrow().at());
    assertEquals(Double.POSITIVE_INFINITY, redis.spec().limits().cpuCores(), "no CPU limit set");
  }

  @Test
  void asksAFixedNumberOfQueries() {
    // The pods' owners, 5 metrics, OOM kills, throttling and 12 inventory queries, however many
    // workloads.
    assertEquals(20, history.requests());
  }

  static void assertSeriesEqual(double[] expected, double[] read, String what) {
    assertEquals(expected.length, read.length, what + ": samples");
    for (int k = 0; k < expected.length; k++) {
      if (Double.isNaN(expected[k])) {
        assertTrue(
            Double.isNaN(read[k]), what + " step " + k + ": expected no sample, read " + read[k]);
      } else {
        assertEquals(
            expected[k],
            read[k],
            Math.abs(expected[k]) * STORAGE_PRECISION + 1e-9,
            what + " step " + k);
      }
    }
  }

  static double[] nans(int n) {
    double[] v = new double[n];
    Arrays.fill(v, Double.NaN);
    return v;
  }
}
