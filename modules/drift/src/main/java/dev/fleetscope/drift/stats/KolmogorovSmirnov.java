package dev.fleetscope.drift.stats;

/**
 * Two-sided two-sample Kolmogorov-Smirnov test exactly as SciPy 1.10's {@code ks_2samp(a, b)} with
 * {@code method='auto'}: the exact lattice-path p-value when both samples have at most 10,000
 * values (falling back to the asymptotic one should it fail), otherwise {@code kstwo.sf(D, round(n1
 * n2 / (n1 + n2)))}.
 */
public final class KolmogorovSmirnov {
  static final int MAX_AUTO_N = 10000;

  /** How the p-value was obtained. */
  public enum Method {
    EXACT,
    ASYMPTOTIC
  }

  /** The statistic D = sup |F1 - F2| and its p-value. */
  public record Result(double statistic, double pValue, Method method) {}

  private KolmogorovSmirnov() {}

  /**
   * @param sorted1 first sample, ascending, no NaN, not empty
   * @param sorted2 second sample, ascending, no NaN, not empty
   */
  public static Result twoSample(double[] sorted1, double[] sorted2) {
    int n1 = sorted1.length;
    int n2 = sorted2.length;
    if (n1 == 0 || n2 == 0) {
      throw new IllegalArgumentException("Kolmogorov-Smirnov needs two non-empty samples");
    }
    double d = statistic(sorted1, sorted2);
    if (Math.max(n1, n2) <= MAX_AUTO_N) {
      int g = ExactSmirnov.gcd(n1, n2);
      long lcm = (long) (n1 / g) * n2;
      long h = (long) Math.rint(d * lcm);
      double dExact = (double) h / lcm;
      if (h == 0) {
        return new Result(dExact, 1.0, Method.EXACT);
      }
      double p = ExactSmirnov.pValue(n1, n2, h);
      if (p >= 0 && p <= 1) {
        return new Result(dExact, p, Method.EXACT);
      }
      d = dExact;
    }
    double m = Math.max(n1, n2);
    double n = Math.min(n1, n2);
    double en = m * n / (m + n);
    double p = KolmogorovDistribution.sf((int) Math.rint(en), d);
    return new Result(d, KolmogorovDistribution.clip(p), Method.ASYMPTOTIC);
  }

  /**
   * max over all data points of |F1(x) - F2(x)|, with both empirical CDFs evaluated as SciPy does
   * ({@code searchsorted(side='right') / n}) so the statistic is bit-identical.
   */
  static double statistic(double[] a, double[] b) {
    int n1 = a.length;
    int n2 = b.length;
    double maxS = Double.NEGATIVE_INFINITY;
    double minS = Double.POSITIVE_INFINITY;
    int i = 0;
    int j = 0;
    while (i < n1 || j < n2) {
      double x = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
      while (i < n1 && a[i] <= x) {
        i++;
      }
      while (j < n2 && b[j] <= x) {
        j++;
      }
      double diff = (double) i / n1 - (double) j / n2;
      maxS = Math.max(maxS, diff);
      minS = Math.min(minS, diff);
    }
    double negMin = Math.min(Math.max(-minS, 0), 1);
    return negMin > maxS ? negMin : maxS;
  }
}
