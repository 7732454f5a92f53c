package dev.fleetscope.drift.stats;

/**
 * Distances and divergences between two discrete distributions given as shares of bins, as SciPy
 * and Evidently compute them. Inputs are not modified.
 */
public final class Divergences {
  private Divergences() {}

  /**
   * Jensen-Shannon distance with the natural logarithm, SciPy's {@code
   * spatial.distance.jensenshannon(p, q)}: both vectors are first normalized to sum 1.
   */
  public static double jensenShannon(double[] p, double[] q) {
    double[] pn = normalized(p);
    double[] qn = normalized(q);
    double left = 0;
    double right = 0;
    for (int i = 0; i < pn.length; i++) {
      double m = (pn[i] + qn[i]) / 2.0;
      left += relativeEntropy(pn[i], m);
      right += relativeEntropy(qn[i], m);
    }
    return Math.sqrt((left + right) / 2.0);
  }

  /**
   * Kullback-Leibler divergence D(p || q), SciPy's {@code stats.entropy(p, q)} (both normalized
   * first).
   */
  public static double kullbackLeibler(double[] p, double[] q) {
    double[] pn = normalized(p);
    double[] qn = normalized(q);
    double s = 0;
    for (int i = 0; i < pn.length; i++) {
      s += relativeEntropy(pn[i], qn[i]);
    }
    return s;
  }

  /** Population stability index: sum of (r - c) ln(r / c), as Evidently adds it up. */
  public static double populationStabilityIndex(double[] reference, double[] current) {
    double psi = 0;
    for (int i = 0; i < reference.length; i++) {
      psi += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
    }
    return psi;
  }

  /** Hellinger distance of two probability vectors: sqrt(1 - clip(sum sqrt(p q), 0, 1)). */
  public static double hellinger(double[] p, double[] q) {
    double bc = 0;
    for (int i = 0; i < p.length; i++) {
      bc += Math.sqrt(p[i] * q[i]);
    }
    return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
  }

  /** SciPy's {@code rel_entr}: x log(x / y), 0 when x is 0, infinite when y is 0 and x is not. */
  static double relativeEntropy(double x, double y) {
    if (x > 0 && y > 0) {
      return x * Math.log(x / y);
    }
    if (x == 0 && y >= 0) {
      return 0;
    }
    return Double.POSITIVE_INFINITY;
  }

  private static double[] normalized(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / sum;
    }
    return out;
  }
}
