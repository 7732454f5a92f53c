package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The live source against the fixture fleet in a real Prometheus, with the clock set inside the
 * fixture's history.
 */
class PrometheusFleetSourceIT {
  private static final ContainerRef REDIS =
      new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "feature-store").container("redis");

  @Test
  void fillsTheLastHourOnTheFirstPollThenAddsOneStepPerPoll() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    FixtureFleet fleet = prometheus.fleet;
    Instant firstPoll = fleet.end().minus(Duration.ofMinutes(30));
    AtomicReference<Instant> now = new AtomicReference<>(firstPoll.plusSeconds(40));
    ConnectionSettings settings = prometheus.settings().withRefreshInterval(FixtureFleet.STEP);
    try (PrometheusClient client = new PrometheusClient(settings);
        PrometheusFleetSource source =
            new PrometheusFleetSource(settings, client, clock(now), Duration.ofHours(1))) {
      FleetSnapshot first = source.poll();

      assertEquals(firstPoll, first.at());
      assertEquals(
          19,
          client.requestsSent(),
          "the pods' owners, 5 metrics, OOM kills and 12 inventory queries");
      Series redis = first.usage().get(REDIS).history(Metric.CPU_CORES);
      assertEquals(12, redis.size());
      assertEquals(firstPoll.minus(Duration.ofHours(1)), redis.start());
      int lastStep = fleet.steps() - 6 - 1;
      HistoryReaderIT.assertSeriesEqual(
          Arrays.copyOfRange(fleet.expected(REDIS, Metric.CPU_CORES), lastStep - 11, lastStep + 1),
          redis.toArray(),
          "first hour");
      assertEquals(
          fleet.expected(REDIS, Metric.MEMORY_BYTES)[lastStep],
          first.usage().get(REDIS).now(Metric.MEMORY_BYTES),
          fleet.expected(REDIS, Metric.MEMORY_BYTES)[lastStep] * HistoryReaderIT.STORAGE_PRECISION);
      assertFalse(source.progress().isPresent());

      now.set(firstPoll.plus(FixtureFleet.STEP).plusSeconds(3));
      FleetSnapshot second = source.poll();

      assertEquals(
          38,
          client.requestsSent(),
          "the second poll reads the one new step by the same 19 requests");
      Series moved = second.usage().get(REDIS).history(Metric.CPU_CORES);
      assertEquals(12, moved.size());
      assertEquals(redis.start().plus(FixtureFleet.STEP), moved.start());
      assertEquals(fleet.expected(REDIS, Metric.CPU_CORES)[lastStep + 1], moved.last(), 1e-3);
      assertEquals(List.of("c1", "c2"), second.clusters().stream().map(Cluster::name).toList());
      assertTrue(second.clusters().stream().allMatch(c -> c.sourceId().equals(settings.id())));
    }
  }

  @Test
  void leavesOutContainersThatHadNoSampleWithinTheRetention() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    ConnectionSettings settings = prometheus.settings().withRefreshInterval(FixtureFleet.STEP);
    AtomicReference<Instant> now = new AtomicReference<>(prometheus.fleet.end());
    try (PrometheusClient client = new PrometheusClient(settings);
        PrometheusFleetSource source =
            new PrometheusFleetSource(settings, client, clock(now), Duration.ofHours(1))) {
      FleetSnapshot snapshot = source.poll();

      ContainerRef trainer =
          new WorkloadRef("c1", "batch", WorkloadKind.CRON_JOB, "nightly-train")
              .container("trainer");
      assertFalse(snapshot.usage().containsKey(trainer), "the nightly job ended hours ago");
      assertEquals(5, snapshot.usage().size());
    }
  }

  @Test
  void failsAPollWithAClearMessageWhenPrometheusIsGoneAndNeverWaitsLonger() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ConnectionSettings settings = ConnectionSettings.forUrl("http://127.0.0.1:" + port);
    try (PrometheusFleetSource source = PrometheusFleetSource.connect(settings)) {
      assertEquals(Duration.ofSeconds(15), source.interval());
      PrometheusException e = assertThrows(PrometheusException.class, source::poll);

      assertEquals(Problem.CONNECTION, e.problem());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Prometheus at http://127.0.0.1:"
                      + port
                      + " could not be reached for query \"pod owners\" "
                      + "({__name__=~\"kube_pod_owner|kube_replicaset_owner|kube_job_owner\", owner_is_controller!=\"false\"}): http://127.0.0.1:"
                      + port
                      + "/api/v1/series could not be reached: connection refused"),
          e.getMessage());
    }
  }

  @Test
  void neverPollsMoreOftenThanEveryFiveSeconds() throws IOException {
    try (PrometheusFleetSource source =
        PrometheusFleetSource.connect(
            ConnectionSettings.forUrl("http://127.0.0.1:9")
                .withRefreshInterval(Duration.ofSeconds(1)))) {
      assertEquals(Duration.ofSeconds(5), source.interval());
    }
  }

  private static Clock clock(AtomicReference<Instant> now) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
  }
}
