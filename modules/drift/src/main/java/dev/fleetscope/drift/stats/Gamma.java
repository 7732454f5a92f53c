package dev.fleetscope.drift.stats;

/**
 * Log-gamma through the Lanczos approximation (N=13, g=6.0247) that Cephes and Boost use for double
 * precision. Only positive arguments occur in the statistics here.
 */
public final class Gamma {
  static final double LANCZOS_G = 6.024680040776729583740234375;

  private static final double[] EXPG_SCALED_NUM = {
    0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993,
    19.51992788247617482847860966235652136208, 449.9445569063168119446858607650988409623,
    6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092,
    601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468,
    14605578.08768506808414169982791359218571, 43338889.32467613834773723740590533316085,
    86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554,
    56906521.91347156388090791033559122686859
  };
  private static final double[] EXPG_SCALED_DEN = {
    1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840,
    39916800, 0
  };

  private Gamma() {}

  /** Lanczos sum scaled by exp(-g): Gamma(x) = sum * (x+g-0.5)^(x-0.5) * exp(-(x-0.5)). */
  static double lanczosSumExpgScaled(double x) {
    return Polynomials.ratevl(x, EXPG_SCALED_NUM, EXPG_SCALED_DEN);
  }

  /** log Gamma(x) for x > 0. */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    if (x < 0.5) {
      return logGamma(x + 1) - Math.log(x);
    }
    double zgh = x + LANCZOS_G - 0.5;
    return (x - 0.5) * (Math.log(zgh) - 1) + Math.log(lanczosSumExpgScaled(x));
  }
}
