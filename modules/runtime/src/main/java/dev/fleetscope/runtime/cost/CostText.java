package dev.fleetscope.runtime.cost;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Money and periods as the Cost view writes them: always the currency, always the period. */
public final class CostText {
  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

  private CostText() {}

  /** {@code 12,345 USD}, {@code 412.10 USD}: whole units from 1,000 up, cents below. */
  public static String amount(double amount, Currency currency) {
    return number(amount) + " " + currency.getCurrencyCode();
  }

  /** {@code 12,345}, {@code 412.10}: the number part of {@link #amount}. */
  public static String number(double amount) {
    int digits = Math.abs(amount) >= 1000 ? 0 : 2;
    return String.format(Locale.ROOT, "%,." + digits + "f", amount);
  }

  /**
   * {@code Nov 1–19, 2026}, {@code Oct 28 – Nov 3, 2026}, {@code Dec 30, 2025 – Jan 2, 2026}; both
   * days included.
   */
  static String days(LocalDate from, LocalDate through) {
    if (from.equals(through)) {
      return MONTH_DAY.format(from) + ", " + from.getYear();
    }
    if (from.getYear() != through.getYear()) {
      return MONTH_DAY.format(from)
          + ", "
          + from.getYear()
          + " – "
          + MONTH_DAY.format(through)
          + ", "
          + through.getYear();
    }
    if (from.getMonth() == through.getMonth()) {
      return MONTH_DAY.format(from) + "–" + through.getDayOfMonth() + ", " + through.getYear();
    }
    return MONTH_DAY.format(from) + " – " + MONTH_DAY.format(through) + ", " + through.getYear();
  }

  /** {@code 23%}, {@code 0.4%}, {@code <0.1%} of a share 0..1. */
  public static String share(double share) {
    if (share > 0 && share < 0.001) {
      return "<0.1%";
    }
    double percent = share * 100;
    return String.format(Locale.ROOT, percent > 0 && percent < 0.95 ? "%.1f%%" : "%.0f%%", percent);
  }
}
