package dev.fleetscope.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Series of model servers written as their exporters name them, scraped every minute for two hours,
 * with what Prometheus must make of them over the last hour worked out alongside, by plain
 * arithmetic on the numbers written: a counter's rate is its increase over the hour divided by
 * 3,600 s (by 3,601 s for a series that starts inside the window at 0, which Prometheus does not
 * extrapolate: the range is one second longer than the hour); a gauge's time average is over the
 * sixty minutes {@code (end - 1 h, end]}.
 */
final class ServingFixture {
  static final String CLUSTER = "c1";
  static final Duration WINDOW = Duration.ofHours(1);
  static final int LAST = 120;

  /** The index of the sample exactly one window before the end: outside the window's points. */
  static final int WINDOW_START = 60;

  final Instant end;
  final long[] times = new long[LAST + 1];
  final OpenMetricsFile file = new OpenMetricsFile();

  ServingFixture(Instant end) {
    this.end = end;
    for (int i = 0; i <= LAST; i++) {
      times[i] = end.getEpochSecond() - (LAST - i) * 60L;
    }
  }

  /**
   * A counter series present from sample {@code from} on, starting at {@code base} there and rising
   * by {@code increment.applyAsDouble(i)} into sample i.
   */
  double counter(
      String name,
      Map<String, String> labels,
      int from,
      double base,
      IntToDoubleFunction increment) {
    double[] values = cumulative(from, base, increment);
    write(name, labels, from, values);
    return rate(values, from);
  }

  /** A gauge present from sample {@code from} on; returns its sum over the window's points. */
  double gauge(String name, Map<String, String> labels, int from, IntToDoubleFunction value) {
    double[] values = new double[LAST + 1];
    double sum = 0;
    for (int i = from; i <= LAST; i++) {
      values[i] = value.applyAsDouble(i);
      if (i > WINDOW_START) {
        sum += values[i];
      }
    }
    file.gauge(name, labels, slice(times, from), slice(values, from));
    return sum;
  }

  /** How many of the window's points a series present from sample {@code from} has. */
  static int points(int from) {
    return LAST - Math.max(from, WINDOW_START + 1) + 1;
  }

  /** Rates per bucket (cumulative, the last is +Inf), of the count and of the sum. */
  record HistogramRates(double[] buckets, double count, double sum) {}

  /**
   * A histogram series whose every minute adds {@code multiplier(i)} times the same cumulative
   * {@code shape} of observations (so its quantiles are those of the shape), each observation
   * adding {@code meanValue} to the sum on average.
   */
  HistogramRates histogram(
      String name,
      Map<String, String> labels,
      int from,
      double[] bounds,
      double[] shape,
      double meanValue,
      IntToDoubleFunction multiplier) {
    int n = LAST - from + 1;
    double[][] cumulative = new double[n][bounds.length];
    double[] sums = new double[n];
    double[] running = new double[bounds.length];
    double sum = 0;
    for (int i = from; i <= LAST; i++) {
      double m = i == from ? 0 : multiplier.applyAsDouble(i);
      for (int k = 0; k < bounds.length; k++) {
        running[k] += shape[k] * m;
        cumulative[i - from][k] = running[k];
      }
      sum += shape[bounds.length - 1] * m * meanValue;
      sums[i - from] = sum;
    }
    file.histogram(name, labels, slice(times, from), bounds, cumulative, sums);
    double[] bucketRates = new double[bounds.length];
    for (int k = 0; k < bounds.length; k++) {
      double[] column = new double[LAST + 1];
      for (int i = from; i <= LAST; i++) {
        column[i] = cumulative[i - from][k];
      }
      bucketRates[k] = rate(column, from);
    }
    double[] sumColumn = new double[LAST + 1];
    for (int i = from; i <= LAST; i++) {
      sumColumn[i] = sums[i - from];
    }
    return new HistogramRates(bucketRates, bucketRates[bounds.length - 1], rate(sumColumn, from));
  }

  /**
   * A pod owned by a Deployment's ReplicaSet (or directly by a StatefulSet), from sample {@code
   * from} on, with its container's requests: what kube-state-metrics reports.
   */
  void pod(
      String namespace,
      String pod,
      String ownerKind,
      String owner,
      int from,
      double cores,
      double bytes,
      String gpuResource,
      double gpus) {
    owner(namespace, pod, ownerKind, owner, from);
    Map<String, String> labels = labels("namespace", namespace, "pod", pod);
    requests(labels, from, "cpu", "core", cores);
    requests(labels, from, "memory", "byte", bytes);
    if (gpus > 0) {
      requests(labels, from, gpuResource, "integer", gpus);
    }
  }

  /** The pod's owner, as kube-state-metrics reports it, without its requests. */
  void owner(String namespace, String pod, String ownerKind, String owner, int from) {
    gauge(
        "kube_pod_owner",
        labels(
            "namespace",
            namespace,
            "pod",
            pod,
            "owner_kind",
            ownerKind,
            "owner_name",
            owner,
            "owner_is_controller",
            "true",
            "uid",
            "uid-" + pod),
        from,
        i -> 1);
  }

  /** A Deployment's ReplicaSet, as kube-state-metrics reports it the whole time. */
  void replicaSet(String namespace, String replicaSet, String deployment) {
    gauge(
        "kube_replicaset_owner",
        labels(
            "namespace",
            namespace,
            "replicaset",
            replicaSet,
            "owner_kind",
            "Deployment",
            "owner_name",
            deployment,
            "owner_is_controller",
            "true"),
        0,
        i -> 1);
  }

  private void requests(
      Map<String, String> pod, int from, String resource, String unit, double value) {
    Map<String, String> labels = new LinkedHashMap<>(pod);
    labels.put("container", "server");
    labels.put("resource", resource);
    labels.put("unit", unit);
    gauge("kube_pod_container_resource_requests", labels, from, i -> value);
  }

  static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("cluster", CLUSTER);
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }

  static Map<String, String> with(Map<String, String> labels, String... pairs) {
    Map<String, String> more = new LinkedHashMap<>(labels);
    for (int i = 0; i < pairs.length; i += 2) {
      more.put(pairs[i], pairs[i + 1]);
    }
    return more;
  }

  private double[] cumulative(int from, double base, IntToDoubleFunction increment) {
    double[] values = new double[LAST + 1];
    values[from] = base;
    for (int i = from + 1; i <= LAST; i++) {
      values[i] = values[i - 1] + increment.applyAsDouble(i);
    }
    return values;
  }

  private void write(String name, Map<String, String> labels, int from, double[] values) {
    if (name.endsWith("_total")) {
      file.counter(name, labels, slice(times, from), slice(values, from));
    } else {
      file.gauge(name, labels, slice(times, from), slice(values, from));
    }
  }

  /**
   * Prometheus's rate over {@code [3601s]} at the end: the hour's increase over 3,600 s for a
   * series present before the window (the one extra second is extrapolated and divided away), over
   * 3,601 s for one that starts inside it at 0 (nothing to extrapolate: it started from zero).
   */
  private static double rate(double[] values, int from) {
    if (from <= WINDOW_START) {
      return (values[LAST] - values[WINDOW_START]) / 3600;
    }
    if (values[from] != 0) {
      throw new IllegalArgumentException("a series starting in the window starts at 0 here");
    }
    return values[LAST] / 3601;
  }

  private static long[] slice(long[] all, int from) {
    long[] part = new long[all.length - from];
    System.arraycopy(all, from, part, 0, part.length);
    return part;
  }

  private static double[] slice(double[] all, int from) {
    double[] part = new double[all.length - from];
    System.arraycopy(all, from, part, 0, part.length);
    return part;
  }
}
