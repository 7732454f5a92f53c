package dev.fleetscope.drift.stats;

import java.util.Arrays;

/**
 * P(D_n <= x) by Pomeranz's recursion (ACM Algorithm 487): each row is the previous one convolved
 * with (almost) Poisson probabilities, two rows kept, rescaled by 2^128 against underflow (SciPy's
 * {@code _kolmogn_Pomeranz}).
 */
final class Pomeranz {
  private static final int E128 = 128;
  private static final double EP128 = Math.scalb(1.0, E128);
  private static final double EM128 = Math.scalb(1.0, -E128);

  private Pomeranz() {}

  static double cdf(int n, double x) {
    double t = n * x;
    int ll = (int) Math.floor(t);
    double f = t - ll;
    double g = Math.min(f, 1.0 - f);
    int ceilf = f > 0 ? 1 : 0;
    int roundf = f > 0.5 ? 1 : 0;
    int npwrs = 2 * (ll + 1);
    double[] gpower = new double[npwrs];
    double[] twogpower = new double[npwrs];
    double[] onem2gpower = new double[npwrs];
    gpower[0] = 1.0;
    twogpower[0] = 1.0;
    onem2gpower[0] = 1.0;
    double gOverN = g / n;
    double twoGOverN = 2 * g / n;
    double oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (int m = 1; m < npwrs; m++) {
      gpower[m] = gpower[m - 1] * gOverN / m;
      twogpower[m] = twogpower[m - 1] * twoGOverN / m;
      onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
    }

    double[] v0 = new double[npwrs];
    double[] v1 = new double[npwrs];
    v1[0] = 1;
    int v0s = 0;
    int v1s = 0;
    long expnt = 0;
    int[] j12 = bounds(0, n, ll, ceilf, roundf);
    for (int i = 1; i < 2 * n + 2; i++) {
      int k1 = j12[0];
      double[] swap = v0;
      v0 = v1;
      v1 = swap;
      int swapS = v0s;
      v0s = v1s;
      v1s = swapS;
      Arrays.fill(v1, 0.0);
      j12 = bounds(i, n, ll, ceilf, roundf);
      int j1 = j12[0];
      int j2 = j12[1];
      double[] pwrs = (i == 1 || i == 2 * n + 1) ? gpower : (i % 2 != 0 ? twogpower : onem2gpower);
      int ln2 = j2 - k1 + 1;
      if (ln2 > 0) {
        int from = k1 - v0s;
        int la = Math.min(ln2, npwrs - from); // Python slices stop at the array's end
        int lp = Math.min(ln2, npwrs);
        int convStart = j1 - k1;
        int convLen = j2 - j1 + 1;
        double max = 0;
        for (int c = 0; c < convLen; c++) {
          int idx = convStart + c;
          double s = 0;
          for (int a = Math.max(0, idx - lp + 1); a <= Math.min(idx, la - 1); a++) {
            s += v0[from + a] * pwrs[idx - a];
          }
          v1[c] = s;
          max = Math.max(max, s);
        }
        if (max > 0 && max < EM128) {
          for (int c = 0; c < v1.length; c++) {
            v1[c] *= EP128;
          }
          expnt -= E128;
        }
        v1s = v0s + j1 - k1;
      }
    }
    double ans = v1[n - v1s];
    for (int m = 1; m <= n; m++) {
      if (Math.abs(ans) > EP128) {
        ans *= EM128;
        expnt += E128;
      }
      ans *= m;
    }
    if (expnt != 0) {
      ans = Math.scalb(ans, (int) expnt);
    }
    return KolmogorovDistribution.clip(ans);
  }

  /** Endpoints [j1, j2] of the non-zero part of row i. */
  private static int[] bounds(int i, int n, int ll, int ceilf, int roundf) {
    int j1;
    int j2;
    if (i == 0) {
      j1 = -ll - ceilf - 1;
      j2 = ll + ceilf - 1;
    } else {
      int ip1div2 = (i + 1) / 2;
      if ((i + 1) % 2 == 0) {
        if (ip1div2 == n + 1) {
          j1 = n - ll - ceilf - 1;
          j2 = n + ll + ceilf - 1;
        } else {
          j1 = ip1div2 - 1 - ll - roundf - 1;
          j2 = ip1div2 + ll - 1 + ceilf - 1;
        }
      } else {
        j1 = ip1div2 - 1 - ll - 1;
        j2 = ip1div2 + ll + roundf - 1;
      }
    }
    return new int[] {Math.max(j1 + 2, 0), Math.min(j2, n)};
  }
}
