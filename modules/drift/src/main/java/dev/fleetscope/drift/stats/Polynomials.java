package dev.fleetscope.drift.stats;

/**
 * Polynomial and rational evaluation in the coefficient order Cephes uses (highest degree first).
 */
final class Polynomials {
  private Polynomials() {}

  /** c[0]*x^n + ... + c[n]. */
  static double polevl(double x, double[] c) {
    double ans = c[0];
    for (int i = 1; i < c.length; i++) {
      ans = ans * x + c[i];
    }
    return ans;
  }

  /** Like {@link #polevl} with an implied leading coefficient 1. */
  static double p1evl(double x, double[] c) {
    double ans = x + c[0];
    for (int i = 1; i < c.length; i++) {
      ans = ans * x + c[i];
    }
    return ans;
  }

  /**
   * num(x)/den(x), both given highest degree first; for |x| > 1 evaluated in 1/x so that large
   * arguments do not overflow (Cephes {@code ratevl}).
   */
  static double ratevl(double x, double[] num, double[] den) {
    int m = num.length - 1;
    int n = den.length - 1;
    if (Math.abs(x) <= 1) {
      return polevl(x, num) / polevl(x, den);
    }
    double y = 1 / x;
    double a = num[m];
    for (int i = m - 1; i >= 0; i--) {
      a = a * y + num[i];
    }
    double b = den[n];
    for (int i = n - 1; i >= 0; i--) {
      b = b * y + den[i];
    }
    return Math.pow(x, n - m) * a / b;
  }
}
