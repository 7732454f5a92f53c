package dev.fleetscope.console.drift;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the Drift view writes scores, thresholds, bin edges and counts. */
final class Numbers {
  private Numbers() {}

  /** Four significant digits; scientific below 0.001 so that a tiny p-value never reads 0. */
  static String score(double v) {
    if (Double.isNaN(v)) {
      return "undefined";
    }
    if (v != 0 && Math.abs(v) < 1e-3) {
      return String.format(Locale.ROOT, "%.2e", v);
    }
    return plain(v, 4);
  }

  /** Three significant digits, thousands grouped: {@code 0.0123}, {@code 12.3}, {@code 1,235}. */
  static String compact(double v) {
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return plain(v, 3);
  }

  static String count(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  private static String plain(double v, int digits) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
  }
}
