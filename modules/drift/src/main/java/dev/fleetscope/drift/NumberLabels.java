package dev.fleetscope.drift;

/**
 * Labels for numbers used as categories: integers without a fraction, others in round-trip form.
 */
final class NumberLabels {
  private NumberLabels() {}

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
