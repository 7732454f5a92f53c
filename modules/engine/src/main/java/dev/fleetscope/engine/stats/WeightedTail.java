package dev.fleetscope.engine.stats;

/**
 * The smallest threshold that at most a given share of the weighted samples exceed: how a CPU
 * request is sized to a risk budget when recent samples weigh more and a trend scales them.
 *
 * <p>Samples are weighted into {@link LogBuckets}; walking down from the top bucket finds the one
 * where the budget runs out, and the answer is the largest sample in that bucket: a sample value
 * that keeps the exceeding weight within the budget, at most one bucket (0.78%) above the exact
 * smallest such value.
 *
 * <p>A small budget only concerns the top of the distribution, so for long histories every 16th
 * sample first finds a floor, the threshold for three times the budget, and the full pass then
 * buckets only the samples above it (a branch rarely taken, so the pass runs at the speed of
 * reading). If the weight above that floor turns out not to exceed the budget, the floor was too
 * high and the pass is repeated over all samples: the answer is always the one the full histogram
 * gives.
 */
public final class WeightedTail {
  static final int STRIDE = 16;
  static final int MIN_SAMPLES_TO_ESTIMATE = 1024;
  static final double MAX_SHARE_TO_ESTIMATE = 0.05;
  static final double FLOOR_SHARE_FACTOR = 3;

  private WeightedTail() {}

  /**
   * @param values samples (NaN = missing), all non-negative
   * @param share the weight share allowed above the threshold, 0..1
   * @param weight each sample's weight
   * @param scale each sample's multiplier (a trend projection), applied before comparing
   * @return the threshold, NaN when there is no sample
   */
  public static double threshold(
      double[] values, double share, Geometric weight, Geometric scale, Workspace workspace) {
    double[] w = workspace.series(weight, values.length);
    double[] x = scale.equals(Geometric.ONE) ? values : scaled(values, scale, workspace);
    int n = values.length;
    if (n >= MIN_SAMPLES_TO_ESTIMATE && share <= MAX_SHARE_TO_ESTIMATE) {
      double floor = pass(x, n, w, STRIDE, 0, share * FLOOR_SHARE_FACTOR, workspace);
      if (floor > 0) {
        double answer =
            pass(x, n, w, 1, LogBuckets.lowerBound(LogBuckets.of(floor)), share, workspace);
        if (!Double.isInfinite(answer)) {
          return answer;
        }
      }
    }
    return pass(x, n, w, 1, 0, share, workspace);
  }

  /**
   * One histogram pass over every {@code stride}-th sample, bucketing only samples at or above
   * {@code floor} (a bucket's lower bound, so the buckets it keeps are whole). Returns the answer
   * for those samples, NaN when there are none, or infinity when the weight at or above the floor
   * does not exceed the budget (the answer lies below the floor).
   */
  static double pass(
      double[] x, int n, double[] w, int stride, double floor, double share, Workspace workspace) {
    double[] histogram = workspace.weights;
    double[] largest = workspace.largest;
    // The total weight is that of every visited sample less the missing ones (few), so that the
    // loop carries no
    // floating-point sum from one sample to the next.
    double missing = 0;
    int low = LogBuckets.COUNT;
    int high = -1;
    for (int i = 0; i < n; i += stride) {
      double v = x[i];
      if (v >= floor) {
        int b = LogBuckets.of(v);
        histogram[b] += w[i];
        largest[b] = Math.max(largest[b], v);
        low = Math.min(low, b);
        high = Math.max(high, b);
      } else if (v != v) {
        missing += w[i];
      }
    }
    try {
      double total = workspace.seriesSum(stride) - missing;
      if (high < 0 || !(total > 0)) {
        return Double.NaN; // no sample, or every weight underflowed to zero
      }
      double allowed = share * total;
      double above = 0;
      int b = high;
      while (b >= low && above + histogram[b] <= allowed) {
        above += histogram[b--];
      }
      if (b >= low) {
        return largest[b];
      }
      return floor > 0 ? Double.POSITIVE_INFINITY : 0;
    } finally {
      workspace.clearWeights(low, high);
    }
  }

  /**
   * The samples times their projection, in the workspace's scratch array (only for containers with
   * a trend).
   */
  private static double[] scaled(double[] values, Geometric scale, Workspace workspace) {
    double[] out = workspace.values(values.length);
    double s = scale.first();
    for (int i = 0; i < values.length; i++, s *= scale.ratio()) {
      out[i] = values[i] * s;
    }
    return out;
  }
}
