package dev.fleetscope.drift.stats;

/**
 * P(D_n <= d) by Durbin's matrix algorithm as Marsaglia, Tsang and Wang evaluate it: the k-th
 * diagonal entry of H^n times n!/n^n, with H raised by repeated squaring and rescaled by 2^128 to
 * stay in range (SciPy's {@code _kolmogn_DMTW}).
 */
final class DurbinMatrix {
  private static final int E128 = 128;
  private static final double EP128 = Math.scalb(1.0, E128);
  private static final double EM128 = Math.scalb(1.0, -E128);

  private DurbinMatrix() {}

  static double cdf(int n, double d) {
    if (d >= 1.0) {
      return 1.0;
    }
    double nd = n * d;
    if (nd <= 0.5) {
      return 0.0;
    }
    int k = (int) Math.ceil(nd);
    double h = k - nd;
    int m = 2 * k - 1;
    double[][] hm = initialMatrix(h, m);

    double[][] power = identity(m);
    int nn = n;
    long expnt = 0;
    long hExpnt = 0;
    while (nn > 0) {
      if (nn % 2 != 0) {
        power = multiply(power, hm);
        expnt += hExpnt;
      }
      hm = multiply(hm, hm);
      hExpnt *= 2;
      if (Math.abs(hm[k - 1][k - 1]) > EP128) {
        scale(hm, EM128);
        hExpnt += E128;
      }
      nn /= 2;
    }
    double p = power[k - 1][k - 1];
    for (int i = 1; i <= n; i++) {
      p = i * p / n;
      if (Math.abs(p) < EM128) {
        p *= EP128;
        expnt -= E128;
      }
    }
    if (expnt != 0) {
      p = Math.scalb(p, (int) expnt);
    }
    return KolmogorovDistribution.clip(p);
  }

  private static double[][] initialMatrix(double h, int m) {
    double[] v = new double[m];
    double[] w = new double[m];
    double fac = 1.0;
    for (int j = 1; j <= m; j++) {
      w[j - 1] = fac;
      fac /= j;
      v[j - 1] = (1.0 - Math.pow(h, j)) * fac;
    }
    double tt = Math.pow(Math.max(2 * h - 1.0, 0), m) - 2 * Math.pow(h, m);
    v[m - 1] = (1.0 + tt) * fac;
    double[][] hm = new double[m][m];
    for (int i = 1; i < m; i++) {
      for (int r = i - 1; r < m; r++) {
        hm[r][i] = w[r - (i - 1)];
      }
    }
    for (int r = 0; r < m; r++) {
      hm[r][0] = v[r];
    }
    for (int c = 0; c < m; c++) {
      hm[m - 1][c] = v[m - 1 - c];
    }
    return hm;
  }

  private static double[][] identity(int m) {
    double[][] id = new double[m][m];
    for (int i = 0; i < m; i++) {
      id[i][i] = 1.0;
    }
    return id;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int m = a.length;
    double[][] c = new double[m][m];
    for (int i = 0; i < m; i++) {
      double[] ci = c[i];
      for (int l = 0; l < m; l++) {
        double ail = a[i][l];
        if (ail == 0) {
          continue;
        }
        double[] bl = b[l];
        for (int j = 0; j < m; j++) {
          ci[j] += ail * bl[j];
        }
      }
    }
    return c;
  }

  private static void scale(double[][] a, double factor) {
    for (double[] row : a) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= factor;
      }
    }
  }
}
