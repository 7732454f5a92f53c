package dev.fleetscope.drift.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The agreement the issue asks for: 1e-9 relative, or 1e-12 absolute for tiny p-values. Expected
 * values come from SciPy 1.10.1 (src/test/python/expected_values.py prints them).
 */
public final class SciPyAgreement {
  private SciPyAgreement() {}

  public static void assertAgrees(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.max(1e-12, 1e-9 * Math.abs(expected)), what);
  }

  /** x_i = ((i * mult) % mod) / scale + shift for i in 0..n-1, the same in Python and Java. */
  public static double[] seq(int n, long mult, long mod, double scale, double shift) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ((i * mult) % mod) / scale + shift;
    }
    return x;
  }

  public static double[] sorted(double... x) {
    double[] copy = x.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }
}
