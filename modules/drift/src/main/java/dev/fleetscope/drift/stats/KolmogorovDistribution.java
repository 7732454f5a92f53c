package dev.fleetscope.drift.stats;

/**
 * The two-sided one-sample Kolmogorov-Smirnov distribution for finite n, SciPy's {@code kstwo}
 * (module {@code _ksstats.py}, Simard and L'Ecuyer's choice of method): Ruben-Gambino closed forms
 * at the ends, twice the one-sided Smirnov tail where the two tails cannot overlap or the tail is
 * small, Durbin's matrix (Marsaglia, Tsang and Wang) or Pomeranz's recursion for small n, and the
 * Pelz-Good expansion for large n.
 */
public final class KolmogorovDistribution {
  private static final double[] STIRLING_COEFFS = {
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
    8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
    -2.7777777777777777778e-3, 8.3333333333333333333e-2
  };
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private KolmogorovDistribution() {}

  /** P(D_n >= x), SciPy's {@code kstwo.sf(x, n)}. */
  public static double sf(int n, double x) {
    if (n <= 0 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0.5 / n) {
      return 1.0; // at or below the support's lower end
    }
    if (x >= 1.0) {
      return 0.0;
    }
    double t = n * x;
    if (t <= 1.0) {
      return clip(1.0 - rubenGambinoLow(n, t));
    }
    if (t >= n - 1) {
      return clip(2 * Math.pow(1.0 - x, n));
    }
    if (x >= 0.5) {
      return clip(2 * Smirnov.sf(n, x));
    }
    double nxSquared = t * x;
    if (n <= 140) {
      if (nxSquared <= 0.754693) {
        return clip(1.0 - DurbinMatrix.cdf(n, x));
      }
      if (nxSquared <= 4) {
        return clip(1.0 - Pomeranz.cdf(n, x));
      }
      return clip(2 * Smirnov.sf(n, x));
    }
    if (nxSquared >= 370.0) {
      return 0.0;
    }
    if (nxSquared >= 2.2) {
      return clip(2 * Smirnov.sf(n, x));
    }
    double cdf;
    if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) {
      cdf = DurbinMatrix.cdf(n, x);
    } else {
      cdf = PelzGood.cdf(n, x);
    }
    return clip(1.0 - clip(cdf));
  }

  /** P(D_n <= x) = n!/n^n (2t - 1)^n for 1/2 < t = n x <= 1. */
  private static double rubenGambinoLow(int n, double t) {
    if (n <= 140) {
      double prob = 1.0;
      double base = 2 * t - 1;
      for (int i = 1; i <= n; i++) {
        prob *= i * (1.0 / n) * base;
      }
      return prob;
    }
    return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
  }

  /** log(n! / n^n) by Stirling's series with n log n removed up front. */
  private static double logFactorialOverPower(int n) {
    double rn = 1.0 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * Polynomials.polevl(rn / n, STIRLING_COEFFS);
  }

  static double clip(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
