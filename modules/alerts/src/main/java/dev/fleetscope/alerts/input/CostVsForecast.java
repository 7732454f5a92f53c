package dev.fleetscope.alerts.input;

import java.time.LocalDate;

/**
 * A day's cost against what was forecast for it, for the fleet or one slice of it.
 *
 * @param key the Cost view's row for the slice ({@code fleet}, {@code team:ml}, {@code
 *     cluster:prod})
 * @param name as a person reads it ({@code team ml})
 * @param day the UTC day
 * @param actual what the day cost, in {@code currency}
 * @param forecast what the day was forecast to cost, in {@code currency}
 * @param currency ISO 4217 code
 */
public record CostVsForecast(
    String key,
    String name,
    Placement placement,
    LocalDate day,
    double actual,
    double forecast,
    String currency)
    implements Evidence {
  public CostVsForecast {
    if (key == null || key.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a cost slice needs a key and a name");
    }
    if (!(actual >= 0) || Double.isInfinite(actual)) {
      throw new IllegalArgumentException(name + ": a day's cost is a finite amount, was " + actual);
    }
  }

  /** How far above the forecast, as a share of it; NaN without a positive forecast. */
  public double overForecast() {
    return forecast > 0 && Double.isFinite(forecast) ? actual / forecast - 1 : Double.NaN;
  }
}
