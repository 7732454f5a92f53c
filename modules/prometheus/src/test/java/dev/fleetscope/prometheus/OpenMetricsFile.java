package dev.fleetscope.prometheus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timestamped OpenMetrics text for {@code promtool tsdb create-blocks-from openmetrics}: families
 * are written one after another (OpenMetrics forbids interleaving them), each series' samples in
 * time order, and {@code # EOF}.
 */
final class OpenMetricsFile {
  private final Map<String, Family> families = new LinkedHashMap<>();

  private record Family(String type, List<String> lines) {}

  /** Adds a gauge series. */
  void gauge(String name, Map<String, String> labels, long[] epochSeconds, double[] values) {
    add(name, "gauge", name, labels, epochSeconds, values);
  }

  /** Adds a counter series; {@code name} ends in {@code _total} as its samples do. */
  void counter(String name, Map<String, String> labels, long[] epochSeconds, double[] values) {
    if (!name.endsWith("_total")) {
      throw new IllegalArgumentException("a counter's samples end in _total: " + name);
    }
    add(
        name.substring(0, name.length() - "_total".length()),
        "counter",
        name,
        labels,
        epochSeconds,
        values);
  }

  /**
   * Adds a classic histogram series: a {@code _bucket} series per upper bound (the last must be
   * +Inf), {@code _count} (the +Inf bucket) and {@code _sum}, each cumulative at every time.
   *
   * @param cumulative {@code cumulative[t][k]}: observations at most {@code bounds[k]} by time t
   */
  void histogram(
      String name,
      Map<String, String> labels,
      long[] epochSeconds,
      double[] bounds,
      double[][] cumulative,
      double[] sums) {
    for (int k = 0; k < bounds.length; k++) {
      Map<String, String> bucket = new LinkedHashMap<>(labels);
      bucket.put("le", bounds[k] == Double.POSITIVE_INFINITY ? "+Inf" : Double.toString(bounds[k]));
      double[] counts = new double[epochSeconds.length];
      for (int t = 0; t < counts.length; t++) {
        counts[t] = cumulative[t][k];
      }
      add(name, "histogram", name + "_bucket", bucket, epochSeconds, counts);
    }
    double[] total = new double[epochSeconds.length];
    for (int t = 0; t < total.length; t++) {
      total[t] = cumulative[t][bounds.length - 1];
    }
    add(name, "histogram", name + "_count", labels, epochSeconds, total);
    add(name, "histogram", name + "_sum", labels, epochSeconds, sums);
  }

  /** Samples written so far. */
  long samples() {
    return families.values().stream().mapToLong(f -> f.lines().size()).sum();
  }

  void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Family> family : families.entrySet()) {
        out.write("# TYPE " + family.getKey() + " " + family.getValue().type() + "\n");
        for (String line : family.getValue().lines()) {
          out.write(line);
        }
      }
      out.write("# EOF\n");
    }
  }

  private void add(
      String family,
      String type,
      String sampleName,
      Map<String, String> labels,
      long[] times,
      double[] values) {
    Family f = families.computeIfAbsent(family, n -> new Family(type, new ArrayList<>()));
    StringBuilder prefix = new StringBuilder(sampleName).append('{');
    new TreeMap<>(labels)
        .forEach(
            (k, v) ->
                prefix
                    .append(prefix.charAt(prefix.length() - 1) == '{' ? "" : ",")
                    .append(k)
                    .append("=\"")
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"'));
    prefix.append("} ");
    for (int i = 0; i < times.length; i++) {
      f.lines().add(prefix + String.format(Locale.ROOT, "%s %d%n", format(values[i]), times[i]));
    }
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
