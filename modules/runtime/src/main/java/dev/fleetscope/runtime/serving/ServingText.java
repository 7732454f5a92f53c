package dev.fleetscope.runtime.serving;

import java.util.Locale;

/** Serving figures for people, each with its unit: what the console and the command line print. */
public final class ServingText {
  private ServingText() {}

  /** {@code 0.8 ms}, {@code 42 ms}, {@code 1.25 s}; {@code —} for a missing figure. */
  public static String seconds(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "—";
    }
    if (seconds >= 1) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    }
    double ms = seconds * 1000;
    return String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
  }

  /** {@code 0.42/s}, {@code 12.5/s}, {@code 1,234/s}: something per second. */
  public static String perSecond(double rate) {
    if (!Double.isFinite(rate)) {
      return "—";
    }
    String pattern = rate >= 100 ? "%,.0f/s" : rate >= 10 ? "%.1f/s" : "%.2f/s";
    return String.format(Locale.ROOT, pattern, rate);
  }

  /** Requests waiting in a server's queue, on average: {@code 0 req}, {@code 3.25 req}. */
  public static String requests(double waiting) {
    return Double.isFinite(waiting) ? number(waiting) + " req" : "—";
  }

  /**
   * A small amount of money to three significant digits, so a cost per 1,000 requests of 0.00042
   * does not read as 0.00: {@code 0.000420 USD}, {@code 1.23 USD}, {@code 1,234 USD}.
   */
  public static String amount(double amount, String currency) {
    if (!Double.isFinite(amount)) {
      return "—";
    }
    return number(amount) + " " + currency;
  }

  /** A number to three significant digits (at least to the unit for large ones). */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "—";
    }
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs == 0) {
      return "0";
    }
    int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(abs)));
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
