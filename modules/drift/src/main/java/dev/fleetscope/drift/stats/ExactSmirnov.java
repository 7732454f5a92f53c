package dev.fleetscope.drift.stats;

/**
 * Exact two-sided p-value of the two-sample Kolmogorov-Smirnov statistic by counting lattice paths,
 * as SciPy 1.10's {@code _compute_prob_outside_square} (equal sizes) and {@code
 * _compute_outer_prob_inside_method} (Hodges' inside method with Viehmann's recursion for 1 - p)
 * compute it.
 */
final class ExactSmirnov {
  private ExactSmirnov() {}

  /** P(D >= h / lcm(n1, n2)) under the null hypothesis. */
  static double pValue(int n1, int n2, long h) {
    return n1 == n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, gcd(n1, n2), h);
  }

  /** 2 * (A0 * (1 - A1 * (1 - A2 * ...))): the alternating binomial sum evaluated Horner-like. */
  static double probOutsideSquare(long n, long h) {
    double p = 0.0;
    for (long k = n / h; k >= 0; k--) {
      double p1 = 1.0;
      for (long j = 0; j < h; j++) {
        p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
      }
      p = p1 * (1.0 - p);
    }
    return 2 * p;
  }

  static double outerProbInside(long m, long n, long g, long h) {
    if (m < n) {
      long t = m;
      m = n;
      n = t;
    }
    long mg = m / g;
    long ng = n / g;
    int minj = 0;
    int maxj = (int) Math.min(ceilDiv(h, mg), n + 1);
    int curlen = maxj - minj;
    int lenA = (int) Math.min(2L * maxj + 2, n + 1);
    double[] a = new double[lenA];
    java.util.Arrays.fill(a, maxj, lenA, 1.0);
    for (long i = 1; i <= m; i++) {
      int lastminj = minj;
      int lastlen = curlen;
      minj = (int) Math.min(Math.max(Math.floorDiv(ng * i - h, mg) + 1, 0), n);
      maxj = (int) Math.min(ceilDiv(ng * i + h, mg), n + 1);
      if (maxj <= minj) {
        return 1.0;
      }
      double val = minj == 0 ? 0.0 : 1.0;
      for (int jj = 0; jj < maxj - minj; jj++) {
        long j = jj + minj;
        val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
        a[jj] = val;
      }
      curlen = maxj - minj;
      if (lastlen > curlen) {
        java.util.Arrays.fill(a, curlen, Math.min(curlen + (lastlen - curlen), lenA), 1.0);
      }
    }
    return a[maxj - minj - 1];
  }

  static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
