package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.DailyCost;
import dev.fleetscope.cost.billing.MonthOutlook;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the billing export says about a month: month to date, run rate and forecast, and the daily
 * trend since the start of the month before, all in the store's currency.
 *
 * @param source where the bill comes from, for a person
 * @param latestMonth false when the current month has no charges yet and the outlook is of the
 *     latest month that has
 */
public record BillingPicture(
    String source, boolean demo, MonthOutlook outlook, boolean latestMonth, List<DailyCost> trend) {
  public static final CostMeasure MEASURE = CostMeasure.EFFECTIVE;

  public BillingPicture {
    trend = List.copyOf(trend);
  }

  /**
   * Reads the picture of {@code today}'s month, or of the latest month with charges; empty for an
   * empty store.
   */
  public static Optional<BillingPicture> read(
      BillingLedger ledger, String source, boolean demo, LocalDate today) throws IOException {
    YearMonth month = YearMonth.from(today);
    Optional<MonthOutlook> outlook = ledger.outlook(month, MEASURE);
    if (outlook.isEmpty()) {
      return Optional.empty();
    }
    boolean current = outlook.get().through().isPresent();
    if (!current) {
      List<DailyCost> all = ledger.daily(MEASURE, Instant.EPOCH, start(today.plusDays(1)));
      if (all.isEmpty()) {
        return Optional.empty();
      }
      month = YearMonth.from(all.getLast().day());
      outlook = ledger.outlook(month, MEASURE);
    }
    List<DailyCost> trend =
        ledger.daily(
            MEASURE, start(month.minusMonths(1).atDay(1)), start(month.plusMonths(1).atDay(1)));
    return Optional.of(new BillingPicture(source, demo, outlook.orElseThrow(), !current, trend));
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Currency currency() {
    return outlook.currency();
  }

  /** The days the month-to-date figure covers: {@code Nov 1–19, 2026}. */
  public String monthToDatePeriod() {
    YearMonth month = outlook.month();
    return outlook
        .through()
        .map(t -> CostText.days(month.atDay(1), t))
        .orElse(monthName() + " (no charges yet)");
  }

  /** {@code November 2026}. */
  public String monthName() {
    return outlook.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + outlook.month().getYear();
  }

  /**
   * The days the run rate averages: the last {@link MonthOutlook#RUN_RATE_DAYS} through the latest
   * charge.
   */
  public String runRatePeriod() {
    return outlook
        .through()
        .map(t -> "mean of the " + MonthOutlook.RUN_RATE_DAYS + " days to " + CostText.days(t, t))
        .orElse("no charges yet");
  }
}
