package dev.fleetscope.engine.stats;

/**
 * Quickselect: the k-th smallest of part of an array in expected linear time, without sorting it.
 */
public final class Select {
  private Select() {}

  /**
   * Rearranges {@code a[from..to)} so that {@code a[k]} holds the value a sort would put there,
   * smaller-or-equal values before it and greater-or-equal after; returns that value.
   */
  public static double kth(double[] a, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    while (hi > lo) {
      double pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return a[k];
  }

  /** The smallest of {@code a[from..to)}. */
  static double min(double[] a, int from, int to) {
    double min = Double.POSITIVE_INFINITY;
    for (int i = from; i < to; i++) {
      min = Math.min(min, a[i]);
    }
    return min;
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
