package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Test connection" against the fixture fleet in a real Prometheus 2.42, as of the fixture's last
 * minute.
 */
class ConnectionTesterIT {
  @Test
  void reportsVersionSeriesCountsAndTheMetricsFleetscopeNeeds() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    try (PrometheusClient client = new PrometheusClient(prometheus.settings())) {
      ConnectionReport report =
          new ConnectionTester(client, Clock.fixed(prometheus.fleet.end(), ZoneOffset.UTC)).test();

      assertEquals("2.42.0+ds", report.build().version());
      assertTrue(report.headSeries().isPresent(), "Prometheus reports its head block");
      assertEquals(List.of("c1", "c2"), report.clusters());
      assertTrue(report.usable());
      assertEquals(List.of(), report.missing());
      assertEquals(List.of(), report.advice());
      Map<NeededMetric, Long> counts =
          report.metrics().stream()
              .collect(
                  Collectors.toMap(
                      ConnectionReport.MetricCheck::metric, ConnectionReport.MetricCheck::series));
      // Pods running at the end: inference a and b (server, sidecar), feature-store-0,
      // log-agent-x1, api-6c7d-bbb;
      // each pod also has its pod-level and POD cgroups: 7 containers + 2 x 5 pods.
      assertEquals(17, counts.get(NeededMetric.CPU_USAGE));
      assertEquals(5, counts.get(NeededMetric.POD_OWNER));
      assertEquals(2, counts.get(NeededMetric.GPU_UTIL));
      assertEquals(
          3, counts.get(NeededMetric.CFS_THROTTLED), "inference server a and b, and the log agent");
    }
  }

  @Test
  void advisesOnLabelNamesThatDoNotFitTheServer() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    ConnectionSettings wrong =
        ConnectionSettings.forUrl(prometheus.server.url())
            .withLabels(LabelNames.STANDARD.withLegacyCadvisorNames());
    try (PrometheusClient client = new PrometheusClient(wrong)) {
      ConnectionReport report =
          new ConnectionTester(client, Clock.fixed(prometheus.fleet.end(), ZoneOffset.UTC)).test();

      assertEquals(
          List.of(
              "cAdvisor labels its series pod and container: use the standard label names",
              "series carry a 'cluster' label: set it as the cluster label to tell the clusters apart"),
          report.advice());
      assertEquals(List.of(wrong.clusterName()), report.clusters());
    }
  }
}
