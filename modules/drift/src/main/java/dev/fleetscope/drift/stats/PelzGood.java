package dev.fleetscope.drift.stats;

/**
 * The Pelz-Good approximation to P(D_n <= x): the Li-Chien/Korolyuk expansion K0 + K1/sqrt(n) +
 * K2/n + K3/n^1.5 rewritten with Jacobi theta identities for small z = x sqrt(n) (SciPy's {@code
 * _kolmogn_PelzGood}).
 */
final class PelzGood {
  private static final double PI_SQUARED = Math.PI * Math.PI;
  private static final double PI_FOUR = PI_SQUARED * PI_SQUARED;
  private static final double PI_SIX = PI_FOUR * PI_SQUARED;
  private static final double SQRT2PI = Math.sqrt(2 * Math.PI);
  private static final double SQRT3 = Math.sqrt(3);
  private static final double MIN_LOG = -708;

  private PelzGood() {}

  static double cdf(int n, double x) {
    if (x <= 0.0) {
      return 0.0;
    }
    if (x >= 1.0) {
      return 1.0;
    }
    double z = Math.sqrt(n) * x;
    double z2 = z * z;
    double z3 = z2 * z;
    double z4 = z2 * z2;
    double z6 = z4 * z2;
    double qlog = -PI_SQUARED / 8 / z2;
    if (qlog < MIN_LOG) {
      return 0.0;
    }
    double q = Math.exp(qlog);

    double k1a = -z2;
    double k1b = PI_SQUARED / 4;
    double k2a = 6 * z6 + 2 * z4;
    double k2b = (2 * z4 - 5 * z2) * PI_SQUARED / 4;
    double k2c = PI_FOUR * (1 - 2 * z2) / 16;
    double k3d = PI_SIX * (5 - 30 * z2) / 64;
    double k3c = PI_FOUR * (-60 * z2 + 212 * z4) / 16;
    double k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
    double k3a = -30 * z6 - 90 * Math.pow(z, 8);

    double[] k = new double[4];
    int maxk = (int) Math.ceil(16 * z / Math.PI);
    for (int kk = maxk; kk > 0; kk--) {
      double m = 2 * kk - 1;
      double m2 = m * m;
      double m4 = m2 * m2;
      double m6 = m4 * m2;
      double qpower = Math.pow(q, 8 * kk);
      double[] coeffs = {
        1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6
      };
      for (int i = 0; i < 4; i++) {
        k[i] = k[i] * qpower + coeffs[i];
      }
    }
    double[] divisors = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
    for (int i = 0; i < 4; i++) {
      k[i] = k[i] * q * SQRT2PI / divisors[i];
    }

    double q2 = Math.exp(-PI_SQUARED / 2 / z2);
    double sqrt3z = SQRT3 * z;
    double k2extra = 0;
    double k3extra = 0;
    for (int kk = maxk; kk > 0; kk--) {
      double ks2 = (double) kk * kk;
      double qpow = Math.pow(q2, ks2);
      double kspi = Math.PI * kk;
      k2extra += ks2 * qpow;
      k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qpow;
    }
    k[2] += k2extra * PI_SQUARED * SQRT2PI / (-36 * z3);
    k[3] += k3extra * PI_SQUARED * SQRT2PI / (216 * z6);
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += k[i] / Math.pow(n, i / 2.0);
    }
    return sum;
  }
}
