package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.billing.MonthOutlook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlook and the billed breakdowns of {@link SmallBill#november()}, summed by hand. */
class BillingPictureTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 11);

  @TempDir Path dir;
  private BillingLedger ledger;

  @BeforeEach
  void importNovember() throws Exception {
    ledger = BillingLedger.open(dir.resolve("cost.duckdb"));
    ledger.importFocus(List.of(SmallBill.november().write(dir.resolve("november.csv"))));
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
  }

  @Test
  void monthToDateRunRateAndForecastAreTheBillsSums() throws Exception {
    BillingPicture picture = BillingPicture.read(ledger, "test", false, TODAY).orElseThrow();
    MonthOutlook outlook = picture.outlook();
    // Nov 1-10: 10 days × (30 + 10) + 5 = 405.00.
    assertEquals(new BigDecimal("405.00"), outlook.monthToDate());
    // Nov 4-10: (7 × 40 + 5) / 7 = 40.714... -> 40.71 per day.
    assertEquals(new BigDecimal("40.71"), outlook.runRatePerDay());
    // 405.00 + 20 days left (Nov 11-30) × 40.71 = 1,219.20.
    assertEquals(new BigDecimal("1219.20"), outlook.forecastMonthEnd());
    assertEquals("USD", picture.currency().getCurrencyCode());
    assertEquals("Nov 1–10, 2026", picture.monthToDatePeriod());
    assertFalse(picture.latestMonth());
    // The trend starts with October: Oct 31 and the ten November days.
    assertEquals(11, picture.trend().size());
    assertEquals(
        new BigDecimal("100.00"),
        picture.trend().getFirst().cost().stripTrailingZeros().setScale(2));
  }

  @Test
  void aStoreWithoutChargesThisMonthShowsTheLatestMonthBilled() throws Exception {
    BillingPicture picture =
        BillingPicture.read(ledger, "test", false, LocalDate.of(2027, 1, 15)).orElseThrow();
    assertTrue(picture.latestMonth());
    assertEquals("November 2026", picture.monthName());
    assertEquals(new BigDecimal("405.00"), picture.outlook().monthToDate());
  }

  @Test
  void breaksTheMonthDownByClusterTagWithUntaggedChargesApart() throws Exception {
    Breakdown byCluster = billed(CostDimension.CLUSTER);
    // alpha 10 × 30 = 300, beta 10 × 10 = 100, the untagged storage 5; of 405.
    assertRows(
        byCluster, List.of("alpha", "beta", "(not in a cluster)"), List.of(300.0, 100.0, 5.0));
    assertEquals(300 / 405.0, byCluster.rows().getFirst().share(), 1e-12);
    assertEquals(405.0, byCluster.total(), 1e-9);
    assertEquals("Nov 1–10, 2026", byCluster.period());
    assertFalse(byCluster.perMonth());
    // alpha's list price: 10 × 40.00 (4/3 of 30.00).
    assertEquals("10 charges · list price 400.00 USD", byCluster.rows().getFirst().detail());
  }

  @Test
  void breaksTheMonthDownByService() throws Exception {
    assertRows(billed(CostDimension.SERVICE), List.of("Compute", "Storage"), List.of(400.0, 5.0));
  }

  /** The breakdown of the picture's month, November. */
  private Breakdown billed(CostDimension dimension) throws Exception {
    return BillingBreakdown.ofMonth(
        ledger, BillingPicture.read(ledger, "test", false, TODAY).orElseThrow(), dimension);
  }

  private static void assertRows(Breakdown breakdown, List<String> keys, List<Double> amounts) {
    assertEquals(keys, breakdown.rows().stream().map(BreakdownRow::key).toList());
    for (int i = 0; i < amounts.size(); i++) {
      assertEquals(amounts.get(i), breakdown.rows().get(i).amount(), 1e-9, keys.get(i));
    }
  }
}
