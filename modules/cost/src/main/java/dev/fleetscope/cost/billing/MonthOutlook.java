package dev.fleetscope.cost.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Where a month's spend stands and where it is heading, each figure in {@code currency} and for the
 * period its name says: spent from the 1st through {@code through} (the last day the exports cover:
 * they lag a day or more), spent per day at the recent rate, and the month's expected total.
 *
 * @param runRatePerDay the mean daily cost of the last {@link #RUN_RATE_DAYS} days through {@code
 *     through}, or of the days since the data begins when there are fewer
 * @param forecastMonthEnd month to date plus the run rate for each day left after {@code through}
 */
public record MonthOutlook(
    YearMonth month,
    Optional<LocalDate> through,
    Currency currency,
    CostMeasure measure,
    BigDecimal monthToDate,
    BigDecimal runRatePerDay,
    BigDecimal forecastMonthEnd) {

  public static final int RUN_RATE_DAYS = 7;

  /** The outlook from daily costs (any days; those outside the month only feed the run rate). */
  public static MonthOutlook of(
      YearMonth month, Currency currency, CostMeasure measure, List<DailyCost> days) {
    Optional<LocalDate> through =
        days.stream()
            .map(DailyCost::day)
            .filter(d -> YearMonth.from(d).equals(month))
            .max(LocalDate::compareTo);
    if (through.isEmpty()) {
      return new MonthOutlook(month, through, currency, measure, zero(), zero(), zero());
    }
    LocalDate last = through.get();
    LocalDate firstKnown =
        days.stream().map(DailyCost::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate windowStart =
        Collections.max(List.of(last.minusDays(RUN_RATE_DAYS - 1L), firstKnown));
    long windowDays = ChronoUnit.DAYS.between(windowStart, last) + 1;
    BigDecimal monthToDate = sum(days, month.atDay(1), last);
    BigDecimal perDay =
        sum(days, windowStart, last)
            .divide(BigDecimal.valueOf(windowDays), 2, RoundingMode.HALF_EVEN);
    long daysLeft = month.lengthOfMonth() - last.getDayOfMonth();
    BigDecimal forecast = monthToDate.add(perDay.multiply(BigDecimal.valueOf(daysLeft)));
    return new MonthOutlook(
        month,
        through,
        currency,
        measure,
        CostReports.money(monthToDate),
        perDay,
        CostReports.money(forecast));
  }

  private static BigDecimal sum(List<DailyCost> days, LocalDate from, LocalDate through) {
    return days.stream()
        .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(through))
        .map(DailyCost::cost)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal zero() {
    return CostReports.money(BigDecimal.ZERO);
  }
}
