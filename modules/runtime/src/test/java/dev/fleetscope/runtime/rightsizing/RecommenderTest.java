package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.RiskBudget;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.util.Arrays;
import java.util.Currency;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * The Recommendations view's numbers on TinyFleet: one workload, two replicas, every input written
 * down.
 */
class RecommenderTest {
  private static final long GIB = TinyFleet.GIB;

  /** Two days of one-minute samples at 0.25 cores (memory 1 GiB throughout, TinyFleet's rule). */
  private static final FleetSnapshot TWO_DAYS =
      TinyFleet.snapshot(0.25, GIB, constant(2 * 1440, 0.25));

  private static double[] constant(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }

  @Test
  void recommendsEveryContainerWithSavingsAtTheClustersPricesAndItsReplay() {
    StrategyChoice percentile =
        new StrategyChoice(PercentileStrategy.NAME, new RiskBudget(0.05, 0)); // p95, KRR's default
    RecommendationsResult result =
        Recommender.recommend(TWO_DAYS, percentile, "", p -> {}, () -> false);

    assertEquals(1, result.all().size());
    RecommendationRow row = result.all().getFirst();
    assertEquals("lab/shop/api/main", row.id());
    assertEquals(2, row.replicas());
    // p95 of a constant 0.25 is 0.25; memory = peak 1 GiB x 1.15 rounded up to a byte = 1234803098
    assertEquals(0.25, row.proposed().cpuRequest(), 1e-12);
    assertEquals(1_234_803_098L, row.proposed().memoryLimit());
    // Prices: the one CPU-only node (16 cores, 64 GiB, 0.768 USD/h) scales OpenCost's
    // 0.031611/core-h and 0.004237/GiB-h
    double scale = 0.768 / (16 * 0.031611 + 64 * 0.004237);
    double cores = (1 - 0.25) * 2;
    double gib = (2.0 * GIB - 1_234_803_098L) * 2 / GIB;
    double perMonth = (cores * 0.031611 * scale + gib * 0.004237 * scale) * 730;
    assertEquals(perMonth, row.savingsPerMonth(), 1e-9);
    assertEquals(Currency.getInstance("USD"), row.currency());
    assertEquals(2 * 1440, row.cpuSamples());
    assertEquals(0, row.starvedShare());
    assertEquals(0, row.wouldBeOoms());
    assertEquals(
        perMonth, result.totals().savingsPerMonth().get(Currency.getInstance("USD")), 1e-9);
  }

  @Test
  void filtersByEveryWordAndTotalsOnlyTheRowsShown() {
    RecommendationsResult result =
        Recommender.recommend(TWO_DAYS, StrategyChoice.DEFAULT, "", p -> {}, () -> false);
    assertEquals(
        1,
        result.filtered("shop API").shown().size(),
        "words match the id and team, case-insensitively");
    assertEquals(
        1, result.filtered("recommender-v2").shown().size(), "the model a workload serves matches");
    RecommendationsResult none = result.filtered("shop gpu");
    assertTrue(none.shown().isEmpty());
    assertEquals(0, none.totals().containers());
    assertTrue(none.totals().savingsPerMonth().isEmpty());
    assertEquals(1, none.all().size(), "the filter hides rows, it does not drop them");
  }

  @Test
  void stopsAtTheNextContainerOnceCancelled() {
    assertThrows(
        CancellationException.class,
        () -> Recommender.recommend(TWO_DAYS, StrategyChoice.DEFAULT, "", p -> {}, () -> true));
  }

  @Test
  void judgesOnlyHistoriesLongerThanTheUnseenDays() {
    assertEquals(2, Recommender.historyDays(TWO_DAYS));
    assertTrue(
        Recommender.judge(TWO_DAYS, StrategyChoice.DEFAULT).isEmpty(), "2 days cannot hold out 4");
    FleetSnapshot sixDays = TinyFleet.snapshot(0.25, GIB, constant(6 * 1440, 0.25));
    OutOfSample judged = Recommender.judge(sixDays, StrategyChoice.DEFAULT).orElseThrow();
    assertEquals(2, judged.seenDays());
    assertEquals(4, judged.unseenDays());
    assertEquals(0, judged.wouldBeOoms());
  }

  @Test
  void theFingerprintChangesWithRequestsAndHistoryButNotWithSamples() {
    long twoDays = Recommender.fingerprint(TWO_DAYS);
    assertEquals(
        twoDays,
        Recommender.fingerprint(TinyFleet.snapshot(0.5, GIB, constant(2 * 1440, 0.3))),
        "new samples alone");
    assertFalse(twoDays == Recommender.fingerprint(TinyFleet.snapshot(0.25, GIB)), "no history");
    assertFalse(Recommender.hasHistory(TinyFleet.snapshot(0.25, GIB)));
  }
}
