package dev.fleetscope.engine.stats;

/**
 * A percentile exactly as numpy's default ({@code method="linear"}) computes it, over the values
 * that are not NaN: with {@code n} values and {@code q = percent / 100}, the virtual index is
 * {@code (n - 1) * q}; the result interpolates between the order statistics on either side of it,
 * from the upper one when the fraction is at least one half (numpy's {@code _lerp}), and is the
 * maximum when the index reaches {@code n - 1}.
 *
 * <p>Only those two order statistics are needed, so instead of sorting, one pass counts the values
 * per {@link LogBuckets bucket}, the buckets holding the two ranks are found from the counts, and a
 * second pass selects among the few values in them.
 */
public final class LinearPercentile {
  private LinearPercentile() {}

  /** The percentile (0..100) of the non-NaN values (all non-negative); NaN when there are none. */
  public static double of(double[] values, double percent) {
    return of(values, 0, values.length, percent, Workspace.current());
  }

  public static double of(double[] values, int from, int to, double percent, Workspace workspace) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("a percentile lies between 0 and 100, was " + percent);
    }
    int[] counts = workspace.counts;
    int n = 0;
    int low = LogBuckets.COUNT;
    int high = -1;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (v == v) {
        int b = LogBuckets.of(v);
        counts[b]++;
        n++;
        low = Math.min(low, b);
        high = Math.max(high, b);
      }
    }
    try {
      if (n == 0) {
        return Double.NaN;
      }
      double virtualIndex = (n - 1) * (percent / 100);
      if (virtualIndex >= n - 1) {
        return orderStatistics(values, from, to, n - 1, false, counts, low, high, workspace)[0];
      }
      int previous = (int) Math.floor(virtualIndex);
      double gamma = virtualIndex - previous;
      double[] pair =
          orderStatistics(values, from, to, previous, true, counts, low, high, workspace);
      return lerp(pair[0], pair[1], gamma);
    } finally {
      workspace.clearCounts(low, high);
    }
  }

  /** numpy's {@code _lerp}: from {@code b} backwards when {@code t >= 0.5}, for accuracy. */
  static double lerp(double a, double b, double t) {
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }

  /** The k-th smallest value and, when asked, the (k+1)-th. */
  private static double[] orderStatistics(
      double[] values,
      int from,
      int to,
      int k,
      boolean andNext,
      int[] counts,
      int low,
      int high,
      Workspace workspace) {
    int below = 0;
    int first = low;
    while (below + counts[first] <= k) {
      below += counts[first++];
    }
    int last = first;
    if (andNext && below + counts[first] == k + 1) {
      do {
        last++;
      } while (counts[last] == 0);
    }
    int size = counts[first] + (last == first ? 0 : counts[last]);
    double[] scratch = workspace.values(size);
    int m = 0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (v == v) {
        int b = LogBuckets.of(v);
        if (b == first || b == last) {
          scratch[m++] = v;
        }
      }
    }
    int rank = k - below;
    double kth = Select.kth(scratch, 0, m, rank);
    return andNext ? new double[] {kth, Select.min(scratch, rank + 1, m)} : new double[] {kth};
  }
}
