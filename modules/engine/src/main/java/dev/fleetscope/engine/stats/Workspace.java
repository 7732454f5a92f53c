package dev.fleetscope.engine.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Scratch arrays reused from one container to the next on the same thread, so that the engine's
 * memory grows with the number of containers (their results) and not with the number of samples.
 */
public final class Workspace {
  private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

  /** Per-bucket counts; all zero between uses. */
  final int[] counts = new int[LogBuckets.COUNT];

  /** Per-bucket weights; all zero between uses. */
  final double[] weights = new double[LogBuckets.COUNT];

  /** The largest value seen per bucket; all zero between uses (cleared with {@link #weights}). */
  final double[] largest = new double[LogBuckets.COUNT];

  private double[] values = new double[0];
  private Geometric cachedGeometric;
  private double[] cachedSeries = new double[0];
  private final Map<Integer, Double> cachedSums = new HashMap<>();

  public static Workspace current() {
    return CURRENT.get();
  }

  /** A scratch array of at least {@code size} doubles; its content is undefined. */
  double[] values(int size) {
    if (values.length < size) {
      values = new double[Math.max(size, values.length + (values.length >> 1))];
    }
    return values;
  }

  /**
   * The factors {@code g.first() * g.ratio()^i} for {@code i < n}, computed once and reused while
   * the next container has the same length and weighting (a fleet's containers mostly do): a loop
   * that reads them runs without a multiplication chain from one sample to the next.
   */
  double[] series(Geometric g, int n) {
    if (cachedSeries.length != n || !g.equals(cachedGeometric)) {
      double[] series = new double[n];
      double f = g.first();
      for (int i = 0; i < n; i++, f *= g.ratio()) {
        series[i] = f;
      }
      cachedSeries = series;
      cachedGeometric = g;
      cachedSums.clear();
    }
    return cachedSeries;
  }

  /** The sum of every {@code stride}-th factor of the last {@link #series}, cached with it. */
  double seriesSum(int stride) {
    return cachedSums.computeIfAbsent(
        stride,
        s -> {
          double sum = 0;
          for (int i = 0; i < cachedSeries.length; i += s) {
            sum += cachedSeries[i];
          }
          return sum;
        });
  }

  void clearCounts(int from, int to) {
    if (from <= to) {
      Arrays.fill(counts, from, to + 1, 0);
    }
  }

  void clearWeights(int from, int to) {
    if (from <= to) {
      Arrays.fill(weights, from, to + 1, 0);
      Arrays.fill(largest, from, to + 1, 0);
    }
  }
}
