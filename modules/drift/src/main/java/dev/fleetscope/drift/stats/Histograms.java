package dev.fleetscope.drift.stats;

/** NumPy's histogram semantics on sorted samples: Sturges bin edges and bin counts. */
public final class Histograms {
  private Histograms() {}

  /**
   * {@code np.histogram_bin_edges(data, bins="sturges")} for data of the given size and range:
   * width ptp / (log2(size) + 1), ceil(range / width) bins, edges from {@code np.linspace}.
   */
  public static double[] sturgesEdges(double min, double max, long size) {
    double first = min;
    double last = max;
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    double width = (max - min) / (log2(size) + 1.0);
    int bins = width != 0 ? (int) Math.ceil((last - first) / width) : 1;
    return linspace(first, last, bins + 1);
  }

  /** {@code np.linspace(start, stop, num)} including the end point. */
  static double[] linspace(double start, double stop, int num) {
    double[] y = new double[num];
    int div = num - 1;
    double delta = stop - start;
    double step = delta / div;
    for (int i = 0; i < num; i++) {
      y[i] = (step == 0 ? ((double) i / div) * delta : i * step) + start;
    }
    y[num - 1] = stop;
    return y;
  }

  /**
   * {@code np.histogram(values, edges)[0]} for ascending values: bins are half-open [e_i, e_i+1)
   * except the last, which also holds its right edge; values outside the edges are not counted.
   */
  public static long[] counts(double[] sorted, double[] edges) {
    int bins = edges.length - 1;
    long[] counts = new long[bins];
    for (int i = 0; i < bins; i++) {
      int lo = lowerBound(sorted, edges[i]);
      int hi = i == bins - 1 ? upperBound(sorted, edges[i + 1]) : lowerBound(sorted, edges[i + 1]);
      counts[i] = hi - lo;
    }
    return counts;
  }

  /** First index whose value is >= x. */
  public static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose value is > x. */
  public static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * log2 of a count, exact for powers of two (where a rounding would change the number of Sturges
   * bins).
   */
  static double log2(long n) {
    if (Long.bitCount(n) == 1) {
      return Long.numberOfTrailingZeros(n);
    }
    return Math.log(n) / Math.log(2.0);
  }
}
