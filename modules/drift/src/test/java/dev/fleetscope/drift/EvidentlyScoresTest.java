package dev.fleetscope.drift;

import static dev.fleetscope.drift.Columns.analyze;
import static dev.fleetscope.drift.Columns.formula;
import static dev.fleetscope.drift.Columns.numbers;
import static dev.fleetscope.drift.Columns.repeat;
import static dev.fleetscope.drift.Columns.seq;
import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Column scores as Evidently computes them with SciPy 1.10; expected values from
 * src/test/python/expected_values.py.
 */
class EvidentlyScoresTest {

  @Test
  void ksPValueOnSmallNumericalColumns() {
    var r =
        analyze(formula("x", 600, i -> (i * 37) % 101), formula("x", 700, i -> (i * 41) % 97 + 3));
    assertEquals(DriftTest.KS, r.test());
    assertAgrees(0.9237540060343822, r.score(), "ks p");
    assertFalse(r.drift());
  }

  @Test
  void ksWithSixAndSevenValues() {
    var r = analyze(numbers("x", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5), numbers("x", 2, 3, 4, 5, 6, 7, 8));
    assertAgrees(0.4335664335664336, r.score(), "ks p");
  }

  @Test
  void chiSquareScalesReferenceProportionsToTheCurrentCount() {
    var r = analyze(repeat("c", "a", 6, "b", 3, "c", 1), repeat("c", "a", 5, "b", 3, "c", 2));
    assertEquals(DriftTest.CHISQUARE, r.test());
    assertAgrees(0.5580351457700471, r.score(), "chisquare p");
    assertFalse(r.drift());
  }

  @Test
  void categoryOnlyInTheCurrentWindowMakesChiSquareDrift() {
    var r =
        analyze(repeat("c", "a", 6, "b", 3, "c", 1), repeat("c", "a", 3, "b", 4, "c", 2, "d", 1));
    assertEquals(0.0, r.score());
    assertTrue(r.drift());
  }

  @Test
  void zTestOnTwoProportions() {
    var r = analyze(repeat("c", "x", 40, "y", 60), repeat("c", "x", 55, "y", 45));
    assertEquals(DriftTest.Z, r.test());
    assertAgrees(0.033672068856345855, r.score(), "z p");
    assertTrue(r.drift());
  }

  @Test
  void zTestOfIdenticalConstantColumnsIsOne() {
    var r = analyze(repeat("c", "x", 40), repeat("c", "x", 7));
    assertEquals(1.0, r.score());
    assertFalse(r.drift());
  }

  @Test
  void constantNumericalColumnsThatDifferDrift() {
    var r = analyze(numbers("x", 1.0, 1.0, 1.0), numbers("x", 2.0, 2.0, 2.0, 2.0));
    assertEquals(DriftTest.Z, r.test());
    assertAgrees(0.008150971593502691, r.score(), "z p");
    assertTrue(r.drift());
  }

  @Test
  void singleValuesEachSide() {
    assertAgrees(
        0.15729920705028516, analyze(numbers("x", 1.0), numbers("x", 2.0)).score(), "n = 1");
    assertAgrees(
        0.24821307898992362,
        analyze(numbers("x", 1.0, 2.0), numbers("x", 2.0, 2.0)).score(),
        "n = 2");
  }

  @Test
  void normedWassersteinOnLargeColumns() {
    var r =
        analyze(seq("x", 1500, 7919, 10007, 1000, 0), seq("x", 1200, 104729, 100003, 10000, 0.4));
    assertEquals(DriftTest.WASSERSTEIN, r.test());
    assertAgrees(0.12917272840161043, r.score(), "wasserstein / std");
    assertTrue(r.drift());
  }

  @Test
  void normedWassersteinOnAHugeColumn() {
    var r =
        analyze(
            seq("x", 100000, 7919, 10007, 1000, 0), seq("x", 120000, 104729, 100003, 10000, 0.3));
    assertAgrees(0.10283515828945658, r.score(), "wasserstein / std");
  }

  @Test
  void constantReferenceIsNormedByTheFloorNotByZero() {
    var r = analyze(formula("x", 2000, i -> 5.0), formula("x", 2002, i -> 5.0 + i % 7));
    assertEquals(DriftTest.WASSERSTEIN, r.test());
    // W = mean shift of the current window (2002 = 286 * 7 values 5..11): (0+1+...+6)/7 = 3, over
    // 0.001
    assertEquals(3.0 / 0.001, r.score(), 1e-6);
  }

  @Test
  void jensenShannonOnFewNumericalValuesUsesOneBinPerValue() {
    var r = analyze(formula("x", 2000, i -> i % 5), formula("x", 2000, i -> i % 4));
    assertEquals(DriftTest.JENSENSHANNON, r.test());
    assertAgrees(0.2736453208486386, r.score(), "js");
  }

  @Test
  void jensenShannonOnCategoriesDoesNotFillEmptyBins() {
    var r =
        analyze(
            repeat("c", "a", 700, "b", 300, "c", 1, "e", 1999),
            repeat("c", "a", 900, "b", 90, "d", 10, "e", 1000));
    assertAgrees(0.17499186501189556, r.score(), "js");
  }

  @Test
  void psiFillsEmptyBinsWithOneTenThousandth() {
    var options = DriftOptions.defaults().withTest("c", DriftTest.PSI);
    var r =
        analyze(
            options,
            repeat("c", "a", 700, "b", 300, "c", 1, "e", 1999),
            repeat("c", "a", 900, "b", 90, "d", 10, "e", 1000));
    assertAgrees(0.2534379264764297, r.score(), "psi");
  }

  @Test
  void psiFillsWithTheSmallestShareOverAMillionWhenThatShareIsTiny() {
    var options = DriftOptions.defaults().withTest("c", DriftTest.PSI);
    var r = analyze(options, repeat("c", "a", 19999, "b", 1), repeat("c", "a", 10000, "c", 5));
    assertAgrees(0.00808962938664917, r.score(), "psi");
  }

  @Test
  void sturgesBinnedTestsOnNumericalColumnsWithManyValues() {
    var ref = seq("x", 1500, 7919, 10007, 1000, 0);
    var cur = seq("x", 1200, 104729, 100003, 10000, 0.4);
    assertAgrees(
        0.053092593276875114,
        analyze(DriftOptions.defaults().withTest("x", DriftTest.PSI), ref, cur).score(),
        "psi");
    assertAgrees(
        0.08070844224585738,
        analyze(DriftOptions.defaults().withTest("x", DriftTest.JENSENSHANNON), ref, cur).score(),
        "js");
    assertAgrees(
        0.026522365323346134,
        analyze(DriftOptions.defaults().withTest("x", DriftTest.KL_DIV), ref, cur).score(),
        "kl");
  }

  @Test
  void hellingerOnCategories() {
    var options = DriftOptions.defaults().withTest("c", DriftTest.HELLINGER);
    var r =
        analyze(
            options,
            repeat("c", "a", 6, "b", 3, "c", 1),
            repeat("c", "a", 3, "b", 4, "c", 2, "d", 1));
    assertAgrees(0.2964867847594333, r.score(), "hellinger");
  }

  @Test
  void numbersDeclaredCategoricalAreComparedAsValues() {
    var options = DriftOptions.defaults().withCategorical("x");
    var r = analyze(options, formula("x", 1500, i -> i % 3), formula("x", 1400, i -> (i % 7) % 3));
    assertEquals(ColumnType.CATEGORICAL, r.type());
    assertEquals(DriftTest.JENSENSHANNON, r.test());
    assertAgrees(0.0694067875446843, r.score(), "js");
  }
}
