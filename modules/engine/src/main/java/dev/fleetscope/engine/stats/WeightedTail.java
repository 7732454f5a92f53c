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
    double total = 0;
    int low = LogBuckets.COUNT;
    int high = -1;
    double w = weight.first();
    double s = scale.first();
    double wr = weight.ratio();
    double sr = scale.ratio();
    for (double v : values) {
      if (v == v) {
        int b = LogBuckets.of(v * s);
        histogram[b] += w;
        total += w;
        low = Math.min(low, b);
        high = Math.max(high, b);
      }
      w *= wr;
      s *= sr;
    }
    if (high < 0) {
      return Double.NaN;
    }
    try {
      double allowed = share * total;
      double above = 0;
      int b = high;
      while (b >= low && above + histogram[b] <= allowed) {
        above += histogram[b--];
      }
      return b < low ? 0 : largestIn(values, b, scale);
    } finally {
      workspace.clearWeights(low, high);
    }
  }

  private static double largestIn(double[] values, int bucket, Geometric scale) {
    double lo = LogBuckets.lowerBound(bucket);
    double hi = LogBuckets.upperBound(bucket);
    double largest = lo;
    double s = scale.first();
    double sr = scale.ratio();
    for (double v : values) {
      double x = v * s;
      if (x >= lo && x < hi) {
        largest = Math.max(largest, x);
      }
      s *= sr;
    }
    return largest;
  }
}
