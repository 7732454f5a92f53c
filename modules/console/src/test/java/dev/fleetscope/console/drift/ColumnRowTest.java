package dev.fleetscope.console.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.ColumnType;
import dev.fleetscope.drift.Distribution;
import dev.fleetscope.drift.DriftTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRowTest {
  @Test
  void theRuleSaysWhichSideOfTheThresholdDrifts() {
    assertEquals("p ≤ 0.05", ColumnRow.rule(DriftTest.KS, 0.05)); // KS drifts at p <= threshold
    assertEquals("p < 0.05", ColumnRow.rule(DriftTest.CHISQUARE, 0.05));
    assertEquals("p < 0.01", ColumnRow.rule(DriftTest.Z, 0.01));
    assertEquals("distance ≥ 0.1", ColumnRow.rule(DriftTest.WASSERSTEIN, 0.1));
    assertEquals("distance ≥ 0.2", ColumnRow.rule(DriftTest.PSI, 0.2));
  }

  @Test
  void aTestedColumnShowsItsScoreVerdictAndBinsByRange() {
    Distribution.Binned bins =
        new Distribution.Binned(
            new double[] {0, 12.5, 25, 1500},
            new double[] {0.5, 0.3, 0.2},
            new double[] {0.2, 0.3, 0.5});
    ColumnRow row =
        ColumnRow.of(
            new ColumnResult.Tested(
                "basket_value_eur",
                ColumnType.NUMERICAL,
                DriftTest.WASSERSTEIN,
                0.61234,
                0.1,
                true,
                9876,
                3412,
                bins));
    assertEquals("drift", row.verdict());
    assertTrue(row.drift());
    assertEquals("0.6123", row.scoreText());
    assertEquals("9,876 / 3,412", row.valuesText());
    Bars bars = row.bars().orElseThrow();
    assertEquals(List.of("0", "12.5", "25"), bars.labels());
    assertEquals(List.of("0–12.5", "12.5–25", "25–1,500"), bars.ranges());
    assertTrue(bars.binned());
    assertArrayEquals(new double[] {0.2, 0.3, 0.5}, bars.current());
  }

  @Test
  void aTinyPValueReadsInScientificForm() {
    ColumnRow row =
        ColumnRow.of(
            new ColumnResult.Tested(
                "device",
                ColumnType.CATEGORICAL,
                DriftTest.CHISQUARE,
                3.2e-12,
                0.05,
                true,
                900,
                800,
                new Distribution.Categories(
                    List.of("mobile", "desktop"),
                    new double[] {0.6, 0.4},
                    new double[] {0.8, 0.2})));
    assertEquals("3.20e-12", row.scoreText());
    assertEquals(List.of("mobile", "desktop"), row.bars().orElseThrow().labels());
    assertFalse(row.bars().orElseThrow().binned());
  }

  @Test
  void anEmptyColumnSaysWhichWindowHasNoValuesAndDrawsNothing() {
    ColumnRow row =
        ColumnRow.of(
            new ColumnResult.Empty(
                "coupon", ColumnType.NUMERICAL, ColumnResult.EmptySide.CURRENT, 120, 0));
    assertEquals("no values in the current window", row.verdict());
    assertFalse(row.drift());
    assertEquals("", row.scoreText());
    assertTrue(row.bars().isEmpty());
  }
}
