package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Quantiles of one workload container's per-step usage over a window, per metric: what the
 * server-side mode gets from Prometheus, and what {@link #of(ContainerUsage, List)} computes from
 * fetched series the same way Prometheus's {@code quantile_over_time} does, so the two modes can be
 * compared.
 *
 * @param quantiles the quantiles asked for, 0..1 (1 is the maximum)
 * @param values per metric, one value per quantile in the same order; NaN where there were no
 *     samples
 */
public record UsageQuantiles(List<Double> quantiles, Map<Metric, double[]> values) {
  public UsageQuantiles {
    quantiles = List.copyOf(quantiles);
    Map<Metric, double[]> copy = new EnumMap<>(Metric.class);
    values.forEach((metric, v) -> copy.put(metric, v.clone()));
    values = Collections.unmodifiableMap(copy);
  }

  /** The value at a quantile that was asked for; NaN when the metric has no samples. */
  public double value(Metric metric, double quantile) {
    int index = quantiles.indexOf(quantile);
    if (index < 0) {
      throw new IllegalArgumentException(
          "quantile " + quantile + " was not asked for; asked were " + quantiles);
    }
    double[] v = values.get(metric);
    return v == null ? Double.NaN : v[index];
  }

  /**
   * The quantiles of a container's fetched series, computed as Prometheus computes {@code
   * quantile_over_time}.
   */
  public static UsageQuantiles of(ContainerUsage usage, List<Double> quantiles) {
    Map<Metric, double[]> values = new EnumMap<>(Metric.class);
    usage
        .history()
        .forEach(
            (metric, series) -> {
              double[] samples = present(series);
              if (samples.length > 0) {
                values.put(
                    metric, quantiles.stream().mapToDouble(q -> quantile(q, samples)).toArray());
              }
            });
    return new UsageQuantiles(quantiles, values);
  }

  /**
   * Prometheus's definition: the sorted samples' rank {@code q * (n - 1)}, interpolated linearly
   * between its two neighbours.
   */
  static double quantile(double q, double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double rank = q * (sorted.length - 1);
    int lower = (int) Math.max(0, Math.floor(rank));
    int upper = Math.min(sorted.length - 1, lower + 1);
    double weight = rank - Math.floor(rank);
    return sorted[lower] * (1 - weight) + sorted[upper] * weight;
  }

  private static double[] present(Series series) {
    double[] samples = Arrays.stream(series.toArray()).filter(v -> !Double.isNaN(v)).toArray();
    Arrays.sort(samples);
    return samples;
  }
}
