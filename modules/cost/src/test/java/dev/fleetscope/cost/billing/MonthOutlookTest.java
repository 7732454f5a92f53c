package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthOutlookTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void forecastsMonthEndFromTheLastSevenDays() {
    // Feb 28 at 50.00 (outside the window), then 10.00 a day for March 1-10; March has 31 days.
    List<DailyCost> days =
        new ArrayList<>(List.of(new DailyCost(LocalDate.of(2026, 2, 28), new BigDecimal("50.00"))));
    for (int d = 1; d <= 10; d++) {
      days.add(new DailyCost(LocalDate.of(2026, 3, d), new BigDecimal("10.00")));
    }

    MonthOutlook outlook = MonthOutlook.of(MARCH, USD, CostMeasure.EFFECTIVE, days);

    assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), outlook.through());
    assertEquals(new BigDecimal("100.00"), outlook.monthToDate());
    assertEquals(new BigDecimal("10.00"), outlook.runRatePerDay());
    assertEquals(new BigDecimal("310.00"), outlook.forecastMonthEnd(), "100 + 21 days x 10");
  }

  @Test
  void runRateUsesOnlyTheDaysTheDataCovers() {
    // Data starts March 1: three days at 12.00 give 12.00 a day, not 36 / 7.
    List<DailyCost> days =
        List.of(
            new DailyCost(LocalDate.of(2026, 3, 1), new BigDecimal("12")),
            new DailyCost(LocalDate.of(2026, 3, 2), new BigDecimal("12")),
            new DailyCost(LocalDate.of(2026, 3, 3), new BigDecimal("12")));

    MonthOutlook outlook = MonthOutlook.of(MARCH, USD, CostMeasure.BILLED, days);

    assertEquals(new BigDecimal("12.00"), outlook.runRatePerDay());
    assertEquals(new BigDecimal("372.00"), outlook.forecastMonthEnd(), "36 + 28 days x 12");
  }

  @Test
  void monthWithoutDataIsZeroWithNoThroughDate() {
    MonthOutlook outlook =
        MonthOutlook.of(
            MARCH,
            USD,
            CostMeasure.BILLED,
            List.of(new DailyCost(LocalDate.of(2026, 2, 27), BigDecimal.ONE)));

    assertEquals(Optional.empty(), outlook.through());
    assertEquals(new BigDecimal("0.00"), outlook.forecastMonthEnd());
  }

  @Test
  void storeGivesDailyTrendAndOutlookInItsCurrency() throws Exception {
    try (CostStore store = CostStore.inMemory()) {
      assertEquals(
          Optional.empty(), store.outlook(MARCH, CostMeasure.BILLED), "no rows, no currency");
      store.importFocus(List.of(Samples.focus(Samples.TAGGED)));

      List<DailyCost> trend =
          store.daily(
              CostMeasure.BILLED,
              Instant.parse("2026-03-01T00:00:00Z"),
              Instant.parse("2026-04-01T00:00:00Z"));
      MonthOutlook outlook = store.outlook(MARCH, CostMeasure.BILLED).orElseThrow();

      // Every row of the tagged sample starts on March 1: 34.7906 billed; one day of data, so 34.79
      // a day.
      assertEquals(
          List.of(new DailyCost(LocalDate.of(2026, 3, 1), new BigDecimal("34.7906"))), trend);
      assertEquals(USD, outlook.currency());
      assertEquals(new BigDecimal("34.7906"), outlook.monthToDate());
      assertEquals(new BigDecimal("34.79"), outlook.runRatePerDay());
      assertEquals(new BigDecimal("1078.4906"), outlook.forecastMonthEnd(), "34.7906 + 30 x 34.79");
    }
  }
}
