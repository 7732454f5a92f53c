package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PromQL's shape; that it answers right is proven against the real Prometheus in the ITs. */
class ServingQueriesTest {
  private final ServingQueries queries =
      new ServingQueries(
          LabelNames.STANDARD.withClusterLabel("cluster"),
          ServingWindow.ending(Instant.parse("2026-11-24T10:00:00Z"), Duration.ofHours(1)));

  @Test
  void aggregatesAHistogramByModelAndLeOnTheServerAfterJoiningPodsToWorkloads() {
    String promql =
        queries.signal(ServerMetrics.vllm(), ServingSignal.LATENCY, List.of("llm")).promql();
    assertTrue(
        promql.startsWith(
            "sum by (cluster, namespace, workload_kind, workload, model_name, le) ((rate(vllm:e2e_request_latency_seconds_bucket{namespace=~\"llm\"}[3601s])) * on (cluster, namespace, pod) group_left (workload_kind, workload) (max by"),
        promql);
    assertTrue(
        promql.contains(
            "max_over_time(kube_pod_owner{owner_is_controller=\"true\", owner_kind=\"ReplicaSet\", namespace=~\"llm\"}[3599999ms])"),
        promql);
    assertTrue(
        promql.endsWith(
            " or on (cluster, namespace, pod) group by (cluster, namespace, pod) (max_over_time(vllm:request_success_total{namespace=~\"llm\"}[3599999ms]))))"),
        promql);
  }

  @Test
  void prefersTheNewestNamePerPodForRenamedMetrics() {
    String promql =
        queries.signal(ServerMetrics.vllm(), ServingSignal.KV_CACHE, List.of("llm")).promql();
    assertTrue(
        promql.startsWith(
            "sum by (cluster, namespace, workload_kind, workload, model_name) ((sum_over_time(vllm:kv_cache_usage_perc{namespace=~\"llm\"}[3599s:60s]) or sum_over_time(vllm:gpu_cache_usage_perc{namespace=~\"llm\"}[3599s:60s])) * "),
        promql);
  }

  @Test
  void averagesAGaugeSumOverTheWindowsPoints() {
    String promql =
        queries.signal(ServerMetrics.tgi(), ServingSignal.QUEUE_LENGTH, List.of("a", "b")).promql();
    assertTrue(promql.startsWith("sum by (cluster, namespace, workload_kind, workload) ("), promql);
    assertTrue(promql.endsWith(" / 60"), promql);
    assertTrue(promql.contains("tgi_queue_size{namespace=~\"a|b\"}[3599s:60s]"), promql);
  }

  @Test
  void quotesRegexCharactersInNamespaces() {
    assertEquals("a\\\\.b|c", ServingQueries.namespaceRegex(List.of("c", "a.b", "c")));
  }
}
