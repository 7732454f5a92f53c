package dev.fleetscope.drift.stats;

/** Sample moments as NumPy computes them. */
public final class Moments {
  private Moments() {}

  /** Population standard deviation (NumPy's {@code np.std}, ddof = 0), two passes for accuracy. */
  public static double populationStd(double[] x) {
    int n = x.length;
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / n;
    double sq = 0;
    for (double v : x) {
      double d = v - mean;
      sq += d * d;
    }
    return Math.sqrt(sq / n);
  }
}
