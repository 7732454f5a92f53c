package dev.fleetscope.model;

import java.util.Currency;
import java.util.Locale;

/**
 * Numbers for people: every figure with its unit, and money with its currency and period. Shared by
 * the console and the command line's tables so both say the same thing.
 */
public final class Units {
  private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private Units() {}

  /**
   * {@code 0.25 cores}, {@code 1.5 cores}, {@code 12 cores}; an unbounded limit reads {@code no
   * limit}.
   */
  public static String cores(double cores) {
    if (Double.isNaN(cores)) {
      return "n/a";
    }
    if (Double.isInfinite(cores)) {
      return "no limit";
    }
    String number =
        cores >= 100
            ? String.format(Locale.ROOT, "%,.0f", cores)
            : cores >= 10
                ? String.format(Locale.ROOT, "%.1f", cores)
                : String.format(Locale.ROOT, "%.2f", cores);
    return number + (cores == 1 ? " core" : " cores");
  }

  /** {@code 512 MiB}, {@code 1.5 GiB}; an unbounded limit reads {@code no limit}. */
  public static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    if (bytes >= Long.MAX_VALUE) {
      return "no limit";
    }
    int unit = 0;
    double value = bytes;
    while (Math.abs(value) >= 1024 && unit < BINARY.length - 1) {
      value /= 1024;
      unit++;
    }
    String pattern = unit == 0 || value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s";
    return String.format(Locale.ROOT, pattern, value, BINARY[unit]);
  }

  /** A fraction as a percentage: {@code 42%}. */
  public static String percent(double fraction) {
    if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
      return "n/a";
    }
    double pct = fraction * 100;
    return String.format(Locale.ROOT, Math.abs(pct) < 10 && pct != 0 ? "%.1f%%" : "%.0f%%", pct);
  }

  /** {@code 1,234.50 USD/month}: amount, ISO currency code and the period it covers. */
  public static String money(double amount, Currency currency, String period) {
    return amount(amount) + " " + currency.getCurrencyCode() + "/" + period;
  }

  /** An amount of money alone, where its currency and period are said beside it: {@code 12.50}. */
  public static String amount(double amount) {
    return String.format(Locale.ROOT, Math.abs(amount) >= 1000 ? "%,.0f" : "%,.2f", amount);
  }

  /**
   * A duration as people read it: {@code 500 ms}, {@code 1.5 s}, {@code 30 s}, {@code 3 min},
   * {@code 2 min 30 s}.
   */
  public static String duration(java.time.Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return millis % 1000 == 0
          ? millis / 1000 + " s"
          : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = duration.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
  }

  public static String gpus(double gpus) {
    String number =
        gpus == Math.rint(gpus)
            ? String.format(Locale.ROOT, "%.0f", gpus)
            : String.format(Locale.ROOT, "%.2f", gpus);
    return number + (gpus == 1 ? " GPU" : " GPUs");
  }
}
