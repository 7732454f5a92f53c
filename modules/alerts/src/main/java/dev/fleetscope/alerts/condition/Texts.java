package dev.fleetscope.alerts.condition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read in summaries. */
final class Texts {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Texts() {}

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  static String at(Instant instant) {
    return AT.format(instant);
  }

  /** {@code 1 h 05 min}, {@code 12 min}, {@code 45 s}, {@code 2 d 03 h}. */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 86_400) {
      return String.format(Locale.ROOT, "%d d %02d h", s / 86_400, s % 86_400 / 3600);
    }
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? (s / 60) + " min" : s + " s";
  }

  static String money(double amount, String currency) {
    return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
  }

  static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }
}
