package dev.fleetscope.simulator;

/**
 * Randomness that is a pure function of (stream, time): the same seed gives the same number for the
 * same minute whenever it is asked, so history built at start and values produced live agree, and
 * two runs agree exactly.
 */
final class Noise {
  private Noise() {}

  /** SplitMix64's finalizer: a well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long stream(long seed, long... keys) {
    long h = mix(seed);
    for (long k : keys) {
      h = mix(h ^ (k + 0x9e3779b97f4a7c15L));
    }
    return h;
  }

  /** Uniform in [0, 1). */
  static double uniform(long stream, long t) {
    return (mix(stream ^ mix(t)) >>> 11) * 0x1.0p-53;
  }

  /** Standard normal, by Box-Muller over two independent uniforms. */
  static double gaussian(long stream, long t) {
    double u1 = Math.max(uniform(stream, t), 1e-300);
    double u2 = uniform(~stream, t);
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * Smooth noise in about [-1, 1]: random values at knots {@code period} apart,
   * cosine-interpolated. Gives traffic the slow wander real load has, unlike white noise.
   */
  static double smooth(long stream, long t, long period) {
    long knot = Math.floorDiv(t, period);
    double frac = (t - knot * period) / (double) period;
    double a = uniform(stream, knot) * 2 - 1;
    double b = uniform(stream, knot + 1) * 2 - 1;
    double w = (1 - Math.cos(Math.PI * frac)) / 2;
    return a + (b - a) * w;
  }
}
