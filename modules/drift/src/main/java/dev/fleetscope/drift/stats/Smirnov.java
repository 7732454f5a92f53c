package dev.fleetscope.drift.stats;

/**
 * One-sided Smirnov distribution: P(D+_n >= x) by the Birnbaum-Tingey sum, with the same special
 * cases, the same early termination and the same large-n approximation as SciPy 1.10's Cephes
 * {@code smirnov}. SciPy sums in double-double; here each term is formed in logarithms from an
 * exactly split n*x and a binomial coefficient kept as mantissa and binary exponent, which keeps
 * every term to about 1e-11 relative even for n near 10^6.
 */
final class Smirnov {
  private static final double MINLOG = -7.451332191019412076235E2;
  private static final int MAX_COMPUTE_N = 1_000_000;
  private static final double EPSILON = Math.ulp(1.0);
  private static final double LN2 = Math.log(2);

  private Smirnov() {}

  static double sf(int n, double x) {
    if (!(n > 0 && x >= 0.0 && x <= 1.0)) {
      return Double.NaN;
    }
    if (n == 1) {
      return 1 - x;
    }
    if (x == 0.0) {
      return 1.0;
    }
    if (x == 1.0) {
      return 0.0;
    }
    // n*x = nxfl + alpha exactly (Cephes modNX)
    double nx = n * x;
    double nxErr = Math.fma(n, x, -nx);
    double floor = Math.floor(nx);
    double alpha = (nx - floor) + nxErr;
    if (alpha < 0) {
      floor -= 1;
      alpha += 1;
    }
    if (alpha >= 1) {
      floor += 1;
      alpha = 0;
    }
    int nxfl = (int) floor;
    int n1mxfl = n - nxfl - (alpha == 0 ? 0 : 1);
    if (alpha == 0) {
      n1mxfl -= 1;
    }
    if (nxfl == 0 || (nxfl == 1 && alpha == 0)) {
      return clip(1 - x * Math.pow(1 + x, n - 1));
    }
    if (-2 * n * x * x < MINLOG) {
      return 0;
    }
    if (nxfl >= n - 1) {
      return clip(Math.pow(1 - x, n));
    }
    if (n > MAX_COMPUTE_N) {
      double logp = -Math.pow(6.0 * n * x + 1, 2) / 18.0 / n;
      return clip(logp < -Math.log(2) ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    return clip(x * lowerSum(n, nxfl, alpha, n1mxfl + 1, x));
  }

  /** Sum over v of C(n,v) (1 - x - v/n)^(n-v) (x + v/n)^(v-1). */
  private static double lowerSum(int n, int nxfl, double alpha, int nTerms, double x) {
    double sum = Math.pow(1 - x, n) / x;
    double cMantissa = n; // C(n, 1)
    int cExponent = 0;
    int vmid = n / 2;
    for (int j = 1; j < nTerms; j++) {
      // x + j/n from the exact split of n*x; log1p keeps (n - j) * log(1 - x - j/n) accurate for
      // large n
      double above = ((nxfl + j) + alpha) / n;
      double logTerm =
          Math.log(cMantissa)
              + cExponent * LN2
              + (n - j) * Math.log1p(-above)
              + (j - 1) * Math.log(above);
      double term = Math.exp(logTerm);
      sum += term;
      if (term != 0) {
        if (4.0 * (nTerms - j) * term < EPSILON * sum && j != nTerms - 1) {
          break;
        }
      } else if (j > vmid) {
        break;
      }
      cMantissa *= (double) (n - j) / (j + 1);
      int e = Math.getExponent(cMantissa);
      if (e > 500 || e < -500) {
        cMantissa = Math.scalb(cMantissa, -e);
        cExponent += e;
      }
    }
    return sum;
  }

  private static double clip(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
