package dev.fleetscope.engine.stats;

/**
 * The smallest threshold that at most a given share of the weighted samples exceed: how a CPU request is sized
 * to a risk budget when recent samples weigh more and a trend scales them.
 *
 * <p>One pass adds each sample's weight to its {@link LogBuckets bucket}; walking down from the top bucket finds
 * the one where the budget runs out, and a second pass returns the largest sample in that bucket. The result is
 * a sample value that keeps the exceeding weight within the budget, at most one bucket (0.78%) above the exact
 * smallest such value.
 */
public final class WeightedTail {
  private WeightedTail() {}

  /**
   * @param values samples (NaN = missing), all non-negative
   * @param share the weight share allowed above the threshold, 0..1
   * @param weight each sample's weight
   * @param scale each sample's multiplier (a trend projection), applied before comparing
   * @return the threshold, NaN when there is no sample
   */
  public static double threshold(double[] values, double share, Geometric weight, Geometric scale, Workspace workspace) {
    double[] histogram = workspace.weights;
    double[] w = workspace.series(weight, values.length);
    double[] x = scale.equals(Geometric.ONE) ? values : scaled(values, scale, workspace);
    int n = values.length;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (v == v) {
        histogram[LogBuckets.of(v)] += w[i];
      }
    }
    // The occupied range, found from the histogram rather than tracked per sample.
    int high = LogBuckets.COUNT - 1;
    while (high >= 0 && histogram[high] == 0) {
      high--;
    }
    if (high < 0) {
      return Double.NaN; // no sample, or every weight underflowed to zero
    }
    int low = 0;
    while (histogram[low] == 0) {
      low++;
    }
    try {
      double total = 0;
      for (int b = low; b <= high; b++) {
        total += histogram[b];
      }
      double allowed = share * total;
      double above = 0;
      int b = high;
      while (b >= low && above + histogram[b] <= allowed) {
        above += histogram[b--];
      }
      return b < low ? 0 : largestIn(x, n, b);
    } finally {
      workspace.clearWeights(low, high);
    }
  }

  private static double largestIn(double[] values, int n, int bucket) {
    double lo = LogBuckets.lowerBound(bucket);
    double hi = LogBuckets.upperBound(bucket);
    double largest = lo;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      largest = v >= lo && v < hi && v > largest ? v : largest;
    }
    return largest;
  }

  /** The samples times their projection, in the workspace's scratch array (only for containers with a trend). */
  private static double[] scaled(double[] values, Geometric scale, Workspace workspace) {
    double[] out = workspace.values(values.length);
    double s = scale.first();
    for (int i = 0; i < values.length; i++, s *= scale.ratio()) {
      out[i] = values[i] * s;
    }
    return out;
  }
}
