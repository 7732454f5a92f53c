package dev.fleetscope.drift.stats;

/**
 * Standard normal distribution and the error function, ported from Cephes {@code ndtr.c} as SciPy
 * 1.10 ships it (rational approximations with the same coefficients, so results agree to the last
 * few bits).
 */
public final class Normal {
  private static final double SQRT1_2 = 0.70710678118654752440;
  private static final double MAXLOG = 7.09782712893383996843E2;

  private static final double[] P = {
    2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0,
    4.86371970985681366614E1, 1.96520832956077098242E2, 5.26445194995477358631E2,
    9.34528527171957607540E2, 1.02755188689515710272E3, 5.57535335369399327526E2
  };
  private static final double[] Q = {
    1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2,
    9.75708501743205489753E2, 1.82390916687909736289E3, 2.24633760818710981792E3,
    1.65666309194161350182E3, 5.57535340817727675546E2
  };
  private static final double[] R = {
    5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0,
    6.16021097993053585195E0, 7.40974269950448939160E0, 2.97886665372100240670E0
  };
  private static final double[] S = {
    2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1,
    1.70814450747565897222E1, 9.60896809063285878198E0, 3.36907645100081516050E0
  };
  private static final double[] T = {
    9.60497373987051638749E0,
    9.00260197203842689217E1,
    2.23200534594684319226E3,
    7.00332514112805075473E3,
    5.55923013010394962768E4
  };
  private static final double[] U = {
    3.35617141647503099647E1,
    5.21357949780152679795E2,
    4.59432382970980127987E3,
    2.26290000613890934246E4,
    4.92673942608635921086E4
  };

  private Normal() {}

  /** P(Z <= a), SciPy's {@code ndtr} / {@code norm.cdf}. */
  public static double cdf(double a) {
    if (Double.isNaN(a)) {
      return Double.NaN;
    }
    double x = a * SQRT1_2;
    double z = Math.abs(x);
    if (z < SQRT1_2) {
      return 0.5 + 0.5 * erf(x);
    }
    double y = 0.5 * erfc(z);
    return x > 0 ? 1.0 - y : y;
  }

  /**
   * P(Z > a), SciPy's {@code norm.sf}: computed as {@code ndtr(-a)}, accurate far into the upper
   * tail.
   */
  public static double sf(double a) {
    return cdf(-a);
  }

  public static double erfc(double a) {
    if (Double.isNaN(a)) {
      return Double.NaN;
    }
    double x = Math.abs(a);
    if (x < 1.0) {
      return 1.0 - erf(a);
    }
    double z = -a * a;
    if (z < -MAXLOG) {
      return a < 0 ? 2.0 : 0.0;
    }
    z = Math.exp(z);
    double p;
    double q;
    if (x < 8.0) {
      p = Polynomials.polevl(x, P);
      q = Polynomials.p1evl(x, Q);
    } else {
      p = Polynomials.polevl(x, R);
      q = Polynomials.p1evl(x, S);
    }
    double y = (z * p) / q;
    if (a < 0) {
      y = 2.0 - y;
    }
    if (y != 0.0) {
      return y;
    }
    return a < 0 ? 2.0 : 0.0;
  }

  public static double erf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0.0) {
      return -erf(-x);
    }
    if (x > 1.0) {
      return 1.0 - erfc(x);
    }
    double z = x * x;
    return x * Polynomials.polevl(z, T) / Polynomials.p1evl(z, U);
  }
}
