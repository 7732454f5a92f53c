package dev.fleetscope.drift.stats;

/**
 * First Wasserstein distance between two samples, SciPy's {@code wasserstein_distance(u, v)}
 * without weights.
 */
public final class Wasserstein {
  private Wasserstein() {}

  /**
   * The area between the two empirical CDFs: sum over consecutive distinct values of |U(x) - V(x)|
   * times the gap.
   *
   * @param u ascending, finite, not empty
   * @param v ascending, finite, not empty
   */
  public static double distance(double[] u, double[] v) {
    int nu = u.length;
    int nv = v.length;
    if (nu == 0 || nv == 0) {
      throw new IllegalArgumentException("Wasserstein distance needs two non-empty samples");
    }
    int i = 0;
    int j = 0;
    double sum = 0;
    double x = Math.min(u[0], v[0]);
    while (true) {
      while (i < nu && u[i] <= x) {
        i++;
      }
      while (j < nv && v[j] <= x) {
        j++;
      }
      if (i == nu && j == nv) {
        return sum;
      }
      double next = j >= nv || (i < nu && u[i] <= v[j]) ? u[i] : v[j];
      sum += Math.abs((double) i / nu - (double) j / nv) * (next - x);
      x = next;
    }
  }
}
