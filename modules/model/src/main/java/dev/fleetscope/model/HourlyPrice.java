package dev.fleetscope.model;

import java.util.Currency;

/** A price per hour in a named currency, as cloud catalogs quote instances. */
public record HourlyPrice(double amount, Currency currency) {
  /** Cloud providers bill a month as 730 hours (8,760 / 12). */
  public static final double HOURS_PER_MONTH = 730;

  public static final Currency USD = Currency.getInstance("USD");
  public static final HourlyPrice FREE_USD = new HourlyPrice(0, USD);

  public HourlyPrice {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException(
          "a price must be a finite, non-negative amount, was " + amount);
    }
  }

  public static HourlyPrice usd(double amount) {
    return new HourlyPrice(amount, USD);
  }

  public double perMonth() {
    return amount * HOURS_PER_MONTH;
  }
}
