package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queries of every label setting are PromQL a real Prometheus accepts, and a single-cluster
 * setting reads one cluster.
 */
class LabelVariantsIT {
  @Test
  void everyQueryOfEveryLabelSettingRuns() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    List<LabelNames> variants =
        List.of(
            LabelNames.STANDARD,
            LabelNames.STANDARD.withClusterLabel("cluster"),
            LabelNames.STANDARD.withLegacyCadvisorNames(),
            LabelNames.STANDARD.withExportedGpuNames().withClusterLabel("k8s_cluster"));
    try (PrometheusClient client = new PrometheusClient(prometheus.settings())) {
      for (LabelNames labels : variants) {
        UsageQueries usage = new UsageQueries(labels);
        List<PromQuery> queries = new ArrayList<>(new InventoryQueries(labels).all());
        for (Metric metric : Metric.values()) {
          queries.add(usage.usage(metric, Duration.ofMinutes(5)));
          queries.add(usage.usageQuantile(metric, 0.9, Duration.ofHours(1), Duration.ofMinutes(5)));
        }
        queries.add(usage.oomKills(Duration.ofMinutes(5)));
        queries.add(usage.oomKillCount(Duration.ofHours(1), Duration.ofMinutes(5)));
        queries.add(usage.cpuThrottling(Duration.ofHours(1), Duration.ofMinutes(5)));
        for (PromQuery query : queries) {
          client.query(query, prometheus.fleet.end(), (l, s) -> {});
        }
      }
    }
  }

  @Test
  void readsAPrometheusWithoutClusterLabelAsOneClusterNamedInTheSettings() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    ConnectionSettings single =
        ConnectionSettings.forUrl(prometheus.server.url()).withClusterName("lab");
    try (PrometheusClient client = new PrometheusClient(single)) {
      FleetHistory history =
          new HistoryReader(client)
              .read(
                  HistoryRequest.ending(
                      prometheus.fleet.end(), Duration.ofHours(12), FixtureFleet.STEP),
                  p -> {});

      assertEquals(List.of("lab"), history.clusters().stream().map(Cluster::name).toList());
      assertEquals(4, history.clusters().getFirst().workloads().count());
      assertEquals(6, history.usage().size());
      assertTrue(
          history.usage().keySet().stream()
              .map(ContainerRef::workload)
              .allMatch(w -> w.cluster().equals("lab")));
    }
  }
}
