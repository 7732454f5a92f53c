package dev.fleetscope.drift;

import static dev.fleetscope.drift.Columns.formula;
import static dev.fleetscope.drift.Columns.numbers;
import static dev.fleetscope.drift.Columns.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftReportTest {
  private static final NumericalColumn STABLE = formula("stable", 200, i -> i % 50);
  private static final NumericalColumn SHIFTED_REF = formula("shifted", 200, i -> i % 50);
  private static final NumericalColumn SHIFTED_CUR = formula("shifted", 200, i -> i % 50 + 40);

  private static DriftReport report(DriftOptions options, List<Column> ref, List<Column> cur) {
    return new DriftAnalyzer(options).analyze(new Dataset(ref), new Dataset(cur));
  }

  @Test
  void datasetDriftsWhenHalfTheColumnsDrift() {
    var r =
        report(DriftOptions.defaults(), List.of(STABLE, SHIFTED_REF), List.of(STABLE, SHIFTED_CUR));
    assertEquals(0.5, r.driftShare());
    assertTrue(r.datasetDrift());
    assertEquals(1, r.driftedColumns());
  }

  @Test
  void datasetDoesNotDriftBelowTheShare() {
    var other = formula("other", 200, i -> i % 30);
    var r =
        report(
            DriftOptions.defaults(),
            List.of(STABLE, other, SHIFTED_REF),
            List.of(STABLE, other, SHIFTED_CUR));
    assertEquals(1.0 / 3, r.driftShare(), 1e-15);
    assertFalse(r.datasetDrift());
  }

  @Test
  void emptyColumnsAreReportedAndLeftOutOfTheShare() {
    var empty = numbers("empty", Double.NaN, Double.NaN);
    var r =
        report(
            DriftOptions.defaults(),
            List.of(STABLE, SHIFTED_REF, empty),
            List.of(STABLE, SHIFTED_CUR, numbers("empty", 1, 2)));
    var result = assertInstanceOf(ColumnResult.Empty.class, r.columns().get(2));
    assertEquals(ColumnResult.EmptySide.REFERENCE, result.side());
    assertEquals(0.5, r.driftShare());
    assertTrue(r.datasetDrift());
  }

  @Test
  void categoricalColumnEmptyInTheCurrentWindow() {
    var r =
        report(
            DriftOptions.defaults(),
            List.of(repeat("c", "a", 3)),
            List.of(CategoricalColumn.of("c", "", null)));
    assertEquals(ColumnResult.EmptySide.CURRENT, ((ColumnResult.Empty) r.columns().get(0)).side());
    assertEquals(0.0, r.driftShare());
    assertFalse(r.datasetDrift());
  }

  @Test
  void nanAndInfiniteValuesAreDropped() {
    var clean = report(DriftOptions.defaults(), List.of(SHIFTED_REF), List.of(SHIFTED_CUR));
    double[] dirty = new double[260];
    for (int i = 0; i < 200; i++) {
      dirty[i] = i % 50 + 40;
    }
    for (int i = 200; i < 260; i++) {
      dirty[i] =
          i % 3 == 0
              ? Double.NaN
              : i % 3 == 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    var withMissing =
        report(DriftOptions.defaults(), List.of(SHIFTED_REF), List.of(numbers("shifted", dirty)));
    var a = (ColumnResult.Tested) clean.columns().get(0);
    var b = (ColumnResult.Tested) withMissing.columns().get(0);
    assertEquals(a.score(), b.score());
    assertEquals(200, b.currentCount());
  }

  @Test
  void thresholdOverrideChangesTheVerdict() {
    var options = DriftOptions.defaults().withThreshold("shifted", 1e-300);
    var r =
        (ColumnResult.Tested)
            report(options, List.of(SHIFTED_REF), List.of(SHIFTED_CUR)).columns().get(0);
    assertEquals(1e-300, r.threshold());
    assertFalse(r.drift());
  }

  @Test
  void rejectsATestThatDoesNotApplyToTheColumnType() {
    var options = DriftOptions.defaults().withTest("stable", DriftTest.CHISQUARE);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> report(options, List.of(STABLE), List.of(STABLE)));
    assertEquals(
        "test 'chisquare' does not apply to numerical column 'stable' "
            + "(declare the column categorical to use it)",
        e.getMessage());
  }

  @Test
  void rejectsOverridesForUnknownColumns() {
    var options = DriftOptions.defaults().withThreshold("nope", 0.2);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> report(options, List.of(STABLE), List.of(STABLE)));
    assertEquals("no column 'nope' in the data; columns: stable", e.getMessage());
  }

  @Test
  void rejectsWindowsWithDifferentColumns() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> report(DriftOptions.defaults(), List.of(STABLE, SHIFTED_REF), List.of(STABLE)));
    assertEquals(
        "reference and current data must have the same columns: 'shifted' only in the reference",
        e.getMessage());
  }

  @Test
  void categoryOnOneSideOnlyAppearsInTheDistributionWithAZeroShare() {
    var r = Columns.analyze(repeat("c", "a", 2, "b", 2), repeat("c", "a", 1, "z", 3));
    var d = assertInstanceOf(Distribution.Categories.class, r.distribution());
    assertEquals(List.of("a", "b", "z"), d.labels());
    assertEquals(0.0, d.referenceShares()[2]);
    assertEquals(0.0, d.currentShares()[1]);
    assertEquals(0.75, d.currentShares()[2]);
  }

  @Test
  void manyValuedNumericalColumnsAreDrawnInSturgesBins() {
    var r = Columns.analyze(formula("x", 100, i -> i), formula("x", 100, i -> i + 50));
    var d = assertInstanceOf(Distribution.Binned.class, r.distribution());
    assertEquals(d.edges().length - 1, d.referenceShares().length);
    assertEquals(0.0, d.edges()[0]);
    assertEquals(149.0, d.edges()[d.edges().length - 1]);
  }
}
