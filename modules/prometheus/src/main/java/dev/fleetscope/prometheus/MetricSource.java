package dev.fleetscope.prometheus;

import java.util.List;

/**
 * Where a server exports a signal.
 *
 * @param metrics the metric's names, newest first: a server may export an older name (vLLM renamed
 *     {@code gpu_cache_usage_perc} to {@code kv_cache_usage_perc}); per pod the newest present
 *     wins, so a version exporting both is not counted twice. A histogram is named without {@code
 *     _bucket}.
 * @param matchers label matchers every series must satisfy, without braces; may be empty
 * @param scale what turns the server's unit into Fleetscope's (seconds): 1e-6 for microseconds
 * @param optional whether a model may lack it without anything being wrong (Triton's first-response
 *     histogram exists only for decoupled models, and only when enabled)
 */
record MetricSource(List<String> metrics, String matchers, double scale, boolean optional) {
  MetricSource {
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("a metric source names at least one metric");
    }
  }

  static MetricSource of(String... metrics) {
    return new MetricSource(List.of(metrics), "", 1, false);
  }

  MetricSource where(String matchers) {
    return new MetricSource(metrics, matchers, scale, optional);
  }

  MetricSource scaled(double factor) {
    return new MetricSource(metrics, matchers, factor, optional);
  }

  MetricSource optionally() {
    return new MetricSource(metrics, matchers, scale, true);
  }

  /** The names a user should look for, as in a problem message: {@code a (or its older name b)}. */
  String names(String suffix) {
    String newest = metrics.getFirst() + suffix;
    return metrics.size() == 1
        ? newest
        : newest
            + " (or its older name "
            + String.join(
                ", ", metrics.subList(1, metrics.size()).stream().map(m -> m + suffix).toList())
            + ")";
  }
}
