package dev.fleetscope.drift;

import static dev.fleetscope.drift.Columns.analyze;
import static dev.fleetscope.drift.Columns.formula;
import static dev.fleetscope.drift.Columns.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Evidently's default test per column type, reference size and distinct values. */
class DefaultTestChoiceTest {

  @Test
  void smallNumericalColumnWithSixValuesUsesKs() {
    var r = analyze(formula("x", 1000, i -> i % 6), formula("x", 10, i -> i % 6));
    assertEquals(DriftTest.KS, r.test());
    assertEquals(0.05, r.threshold());
  }

  @Test
  void distinctValuesCountBothWindowsTogether() {
    // five values in the reference, a sixth only in the current window: 6 > 5, so KS
    var r = analyze(formula("x", 100, i -> i % 5), formula("x", 100, i -> i % 6));
    assertEquals(DriftTest.KS, r.test());
  }

  @Test
  void smallNumericalColumnWithFiveValuesUsesChiSquare() {
    assertEquals(
        DriftTest.CHISQUARE,
        analyze(formula("x", 1000, i -> i % 5), formula("x", 50, i -> i % 5)).test());
  }

  @Test
  void twoValuesUseTheZTest() {
    assertEquals(
        DriftTest.Z, analyze(formula("x", 1000, i -> i % 2), formula("x", 50, i -> i % 2)).test());
    assertEquals(DriftTest.Z, analyze(repeat("c", "a", 3, "b", 4), repeat("c", "a", 1)).test());
  }

  @Test
  void smallCategoricalColumnWithThreeCategoriesUsesChiSquare() {
    assertEquals(
        DriftTest.CHISQUARE,
        analyze(repeat("c", "a", 3, "b", 4), repeat("c", "a", 1, "z", 1)).test());
  }

  @Test
  void aboveOneThousandReferenceRowsNumericalUsesWassersteinAndTheRestJensenShannon() {
    var wide = analyze(formula("x", 1001, i -> i % 6), formula("x", 10, i -> i % 6));
    assertEquals(DriftTest.WASSERSTEIN, wide.test());
    assertEquals(0.1, wide.threshold());
    assertEquals(
        DriftTest.JENSENSHANNON,
        analyze(formula("x", 1001, i -> i % 5), formula("x", 10, i -> i % 5)).test());
    assertEquals(
        DriftTest.JENSENSHANNON, analyze(repeat("c", "a", 1001), repeat("c", "a", 1)).test());
  }

  @Test
  void referenceSizeCountsOnlyNonMissingValues() {
    // 1,200 rows of which 300 NaN: 900 values, so the small-reference rule (KS) applies
    var r =
        analyze(
            formula("x", 1200, i -> i % 4 == 0 ? Double.NaN : i % 50), formula("x", 10, i -> i));
    assertEquals(DriftTest.KS, r.test());
    assertEquals(900, r.referenceCount());
  }
}
