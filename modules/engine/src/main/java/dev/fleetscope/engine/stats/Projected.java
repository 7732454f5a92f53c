package dev.fleetscope.engine.stats;

/**
 * Order statistics of samples scaled by a {@link Geometric} factor (a trend projection), NaNs
 * skipped.
 */
public final class Projected {
  private Projected() {}

  /** The largest scaled sample; NaN when there is none. */
  public static double max(double[] values, Geometric scale) {
    double max = Double.NEGATIVE_INFINITY;
    if (scale.equals(Geometric.ONE)) {
      for (double v : values) {
        max = v > max ? v : max;
      }
    } else {
      double s = scale.first();
      double r = scale.ratio();
      for (double v : values) {
        double x = v * s;
        max = x > max ? x : max;
        s *= r;
      }
    }
    return max == Double.NEGATIVE_INFINITY ? Double.NaN : max;
  }

  /**
   * The smallest value that at most {@code allowed} scaled samples exceed: the ({@code
   * allowed}+1)-th largest, or zero when there are no more samples than that; NaN when there is
   * none.
   */
  public static double exceededBy(
      double[] values, Geometric scale, int allowed, Workspace workspace) {
    if (allowed == 0) {
      return max(values, scale);
    }
    double[] scaled = workspace.values(values.length);
    int n = 0;
    double s = scale.first();
    for (double v : values) {
      if (v == v) {
        scaled[n++] = v * s;
      }
      s *= scale.ratio();
    }
    if (n == 0) {
      return Double.NaN;
    }
    return n <= allowed ? 0 : Select.kth(scaled, 0, n, n - 1 - allowed);
  }
}
