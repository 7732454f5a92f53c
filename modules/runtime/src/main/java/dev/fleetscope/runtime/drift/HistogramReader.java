package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.prometheus.PromQuery;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.PrometheusException;
import dev.fleetscope.runtime.NothingToWorkOnException;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a model server's Prometheus histogram saw each bucket in a time window: one instant
 * query per window, {@code sum by (le) (increase(NAME_bucket{MATCH}[W]))} at the window's end, so
 * the counts of every replica add up and Prometheus does the counting (counter resets included).
 */
public final class HistogramReader {
  /** Cumulative counts by upper bound ({@code le}), ascending; +Inf last. */
  public record Buckets(double[] upperBounds, double[] cumulative) {}

  private final PrometheusClient client;

  public HistogramReader(PrometheusClient client) {
    this.client = client;
  }

  /**
   * @param metric the histogram's name, with or without {@code _bucket}
   * @param match label matchers without braces ({@code model="ranker"}), or blank for every series
   * @throws NothingToWorkOnException when no bucket matched in the window
   */
  public Buckets read(String metric, String match, TimeWindow window) throws PrometheusException {
    String bucket = metric.endsWith("_bucket") ? metric : metric + "_bucket";
    long seconds = window.end().getEpochSecond() - window.start().getEpochSecond();
    String promql =
        "sum by (le) (increase("
            + bucket
            + "{"
            + (match == null ? "" : match.strip())
            + "}["
            + seconds
            + "s]))";
    Map<Double, Double> byBound = new TreeMap<>();
    client.query(
        new PromQuery("bucket counts of " + metric + " in " + window, promql),
        window.end(),
        (labels, samples) -> {
          String le = labels.get("le");
          if (le != null && samples.size() > 0) {
            byBound.put(bound(le), samples.last());
          }
        });
    if (byBound.isEmpty()) {
      throw new NothingToWorkOnException(
          "no "
              + bucket
              + " series"
              + (match == null || match.isBlank() ? "" : " matching {" + match + "}")
              + " in "
              + window
              + " at "
              + client.settings().url()
              + " (query: "
              + promql
              + "): is the histogram's name right, and did the model server run then?");
    }
    double[] bounds = byBound.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    double[] counts = byBound.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new Buckets(bounds, counts);
  }

  private static double bound(String le) {
    return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
  }
}
