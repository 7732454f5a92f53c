package dev.fleetscope.console.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fleetscope.kubernetes.ClusterHealth;
import dev.fleetscope.kubernetes.ServerVersion;
import dev.fleetscope.prometheus.Annotations;
import dev.fleetscope.prometheus.BuildInfo;
import dev.fleetscope.prometheus.ConnectionReport;
import dev.fleetscope.prometheus.NeededMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the Connections view says about a test's report and a cluster's health, in words. */
class TestOutcomeTest {
  @Test
  void summarisesAReportWithWhatIsMissingAndWhatFor() {
    List<ConnectionReport.MetricCheck> checks =
        Stream.of(NeededMetric.values())
            .map(
                m ->
                    new ConnectionReport.MetricCheck(
                        m,
                        m == NeededMetric.REPLICASET_OWNER || m.name().startsWith("GPU")
                            ? 0
                            : 1234))
            .toList();
    ConnectionReport report =
        new ConnectionReport(
            "http://p:9090",
            new BuildInfo("2.53.1", "", ""),
            Duration.ofMillis(42),
            OptionalLong.of(48_213),
            checks,
            List.of("eu-1", "us-2"),
            List.of("use the legacy label names"),
            new Annotations(List.of("CPU usage: partial answer"), List.of()));

    TestOutcome.Passed passed = TestOutcome.of(report);

    assertEquals(
        "Prometheus 2.53.1 answered in 42 ms · 48,213 series in the head block · clusters eu-1, us-2",
        passed.summary());
    assertFalse(passed.usable());
    assertEquals(
        new TestOutcome.Missing(
            "kube_replicaset_owner",
            "the Deployment behind each ReplicaSet (kube-state-metrics)",
            true),
        passed.missing().getFirst());
    assertEquals(4, passed.missing().size(), "the replica set owner and three DCGM metrics");
    assertEquals("container_cpu_usage_seconds_total · 1,234 series", passed.present().getFirst());
    assertEquals(List.of("CPU usage: partial answer"), passed.warnings());
  }

  @Test
  void aThanosWithoutBuildInfoOrHeadStatsIsStillDescribed() {
    ConnectionReport report =
        new ConnectionReport(
            "http://thanos:10902",
            BuildInfo.UNKNOWN,
            Duration.ofMillis(7),
            OptionalLong.empty(),
            List.of(),
            List.of(),
            List.of(),
            Annotations.NONE);
    assertEquals(
        "The server answered in 7 ms · no clusters seen", TestOutcome.of(report).summary());
  }

  @Test
  void aHealthStripSaysUnknownWhereItCouldNotAsk() {
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    ClusterHealth readOnly =
        new ClusterHealth(
            "prod",
            true,
            true,
            ServerVersion.parse("v1.30.2"),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            now);
    assertEquals(
        List.of("reachable", "authenticated", "v1.30.2", "list pods", "patch deployments ?"),
        HealthPill.strip(readOnly).stream().map(HealthPill::text).toList());
    ClusterHealth refused =
        new ClusterHealth(
            "prod",
            true,
            false,
            ServerVersion.parse("v1.30.2"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("not authenticated: Unauthorized"),
            now);
    assertEquals(
        List.of(
            HealthPill.State.OK,
            HealthPill.State.BAD,
            HealthPill.State.OK,
            HealthPill.State.UNKNOWN,
            HealthPill.State.UNKNOWN),
        HealthPill.strip(refused).stream().map(HealthPill::state).toList());
    assertEquals("not authenticated", HealthPill.strip(refused).get(1).text());
  }
}
