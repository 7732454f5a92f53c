package dev.fleetscope.prometheus;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * What "test connection" found: who answered, how fast, how many series it holds, which of the
 * metrics Fleetscope needs are there, which clusters it sees, and advice on the connection's
 * settings.
 *
 * @param headSeries the series in the server's head block, when it tells ({@code
 *     /api/v1/status/tsdb}; Thanos and Mimir do not)
 * @param advice settings to change, in words ("cAdvisor labels its series pod_name: ...")
 */
public record ConnectionReport(
    String server,
    BuildInfo build,
    Duration latency,
    OptionalLong headSeries,
    List<MetricCheck> metrics,
    List<String> clusters,
    List<String> advice,
    Annotations annotations) {

  public ConnectionReport {
    metrics = List.copyOf(metrics);
    clusters = List.copyOf(clusters);
    advice = List.copyOf(advice);
  }

  /** Whether every metric rightsizing needs is there. */
  public boolean usable() {
    return metrics.stream().allMatch(m -> m.present() || !m.metric().required());
  }

  public List<MetricCheck> missing() {
    return metrics.stream().filter(m -> !m.present()).toList();
  }

  /** One needed metric and how many series of it the server holds now. */
  public record MetricCheck(NeededMetric metric, long series) {
    public boolean present() {
      return series > 0;
    }
  }
}
