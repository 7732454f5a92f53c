package dev.fleetscope.drift.stats;

/** Chi-squared distribution survival function, SciPy's {@code chi2.sf} ({@code chdtrc}). */
public final class ChiSquared {
  private ChiSquared() {}

  /** P(X > x) for X ~ chi2(df), df > 0; NaN for df <= 0 as SciPy returns. */
  public static double sf(double x, double df) {
    if (Double.isNaN(x) || !(df > 0)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return IncompleteGamma.upperRegularized(df / 2.0, x / 2.0);
  }
}
