package dev.fleetscope.simulator;

/**
 * The histogram buckets the demo's servers use, as their exporters do (vLLM's own lists,
 * OpenTelemetry's default boundaries in seconds), and observations spread into them.
 */
final class ServingBuckets {
  private static final double INF = Double.POSITIVE_INFINITY;

  static final double[] VLLM_E2E = {
    0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, INF
  };
  static final double[] VLLM_TTFT = {
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, INF
  };
  static final double[] VLLM_TPOT = {
    0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, INF
  };
  static final double[] TGI_DURATION = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, INF};
  static final double[] TGI_TPOT = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, INF};
  static final double[] TOKENS = {16, 64, 256, 1024, 4096, INF};
  static final double[] HTTP = {
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, INF
  };

  /** The most buckets any of these histograms has. */
  static final int WIDEST = VLLM_TTFT.length;

  private ServingBuckets() {}

  /**
   * {@code n} log-normally distributed observations (median, sigma of the log) counted into
   * cumulative buckets, each rounded to whole observations; the +Inf bucket holds all {@code n}.
   */
  static void spread(double n, double median, double sigma, double[] bounds, double[] out) {
    for (int k = 0; k < bounds.length; k++) {
      out[k] =
          bounds[k] == INF
              ? n
              : Math.round(n * normalCdf((Math.log(bounds[k]) - Math.log(median)) / sigma));
    }
  }

  /** The mean of a log-normal distribution with this median and sigma. */
  static double mean(double median, double sigma) {
    return median * Math.exp(sigma * sigma / 2);
  }

  /** The standard normal distribution function, by an erfc with relative error below 1.2e-7. */
  static double normalCdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** Chebyshev fit of erfc (Numerical Recipes' erfcc). */
  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
