package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Metric;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The PromQL's shape; that it runs and answers right is proven against the real Prometheus in the
 * ITs.
 */
class UsageQueriesTest {
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @Test
  void readsCpuAsARateOverTheStepPerPodContainerWithoutJoiningOnTheServer() {
    String cpu =
        new UsageQueries(LabelNames.STANDARD.withClusterLabel("cluster"))
            .usage(Metric.CPU_CORES, FIVE_MINUTES)
            .promql();

    assertEquals(
        "max by (cluster, namespace, pod, container) (rate(container_cpu_usage_seconds_total{container!=\"\", "
            + "container!=\"POD\"}[301s]))",
        cpu);
  }

  @Test
  void leavesTheClusterOutOfGroupingsOnASingleClusterPrometheus() {
    String memory =
        new UsageQueries(LabelNames.STANDARD).usage(Metric.MEMORY_BYTES, FIVE_MINUTES).promql();

    assertEquals(
        "max by (namespace, pod, container) (max_over_time(container_memory_working_set_bytes{container!=\"\", "
            + "container!=\"POD\"}[299999ms]))",
        memory);
  }

  @Test
  void renamesLegacyCadvisorAndExportedDcgmLabels() {
    UsageQueries queries =
        new UsageQueries(LabelNames.STANDARD.withLegacyCadvisorNames().withExportedGpuNames());

    assertTrue(
        queries
            .usage(Metric.CPU_CORES, FIVE_MINUTES)
            .promql()
            .contains(
                "max by (namespace, pod, container) (label_replace("
                    + "label_replace(rate(container_cpu_usage_seconds_total{container_name!=\"\", container_name!=\"POD\"}[301s]), "
                    + "\"pod\", \"$1\", \"pod_name\", \"(.+)\"), \"container\", \"$1\", \"container_name\", \"(.+)\"))"));
    assertTrue(
        queries
            .usage(Metric.GPU_UTILIZATION, FIVE_MINUTES)
            .promql()
            .contains(
                "label_replace(avg_over_time("
                    + "DCGM_FI_DEV_GPU_UTIL{exported_pod!=\"\"}[299999ms]) / 100, \"namespace\", \"$1\", \"exported_namespace\", \"(.+)\")"));
  }

  @Test
  void computesAQuantileOverTheWindowWithAStepAlignedSubqueryJoiningPodsToWorkloadsOnTheServer() {
    String p95 =
        new UsageQueries(LabelNames.STANDARD)
            .usageQuantile(Metric.CPU_CORES, 0.95, Duration.ofDays(14), FIVE_MINUTES)
            .promql();

    // 14 days = 1,209,600 s; one second less holds exactly the 4,032 step-aligned points ending at
    // the evaluation time.
    assertTrue(
        p95.startsWith(
            "quantile_over_time(0.95, (max by (namespace, workload_kind, workload, container) (max by (namespace, "
                + "pod, container) (rate(container_cpu_usage_seconds_total{container!=\"\", container!=\"POD\"}[301s])) * on (namespace, pod) "
                + "group_left (workload_kind, workload) max by (namespace, pod, workload_kind, workload) ("),
        p95);
    assertTrue(p95.endsWith(")[1209599s:300s])"), p95);
    assertEquals(
        "CPU usage p95.00",
        new UsageQueries(LabelNames.STANDARD)
            .usageQuantile(Metric.CPU_CORES, 0.95, Duration.ofDays(14), FIVE_MINUTES)
            .name());
  }

  @Test
  void readsShortStepsOverAWindowThatHoldsTwoScrapes() {
    assertEquals(
        Duration.ofMinutes(1),
        UsageQueries.sampleWindow(Duration.ofSeconds(15), Duration.ofMinutes(1)));
    assertEquals(FIVE_MINUTES, UsageQueries.sampleWindow(FIVE_MINUTES, Duration.ofMinutes(1)));
  }
}
