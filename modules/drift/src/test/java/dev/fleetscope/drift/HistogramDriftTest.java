package dev.fleetscope.drift;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramDriftTest {
  private static final double[] LE = {0.25, 0.5, 0.75, Double.POSITIVE_INFINITY};

  @Test
  void smallWindowsCompareBucketsWithChiSquare() {
    // per bucket: reference 6, 3, 1, 0 (a6 b3 c1) and current 5, 3, 2, 0 (a5 b3 c2): the chi-square
    // case of
    // EvidentlyScoresTest; the empty +Inf bucket is no category
    var r =
        assertInstanceOf(
            ColumnResult.Tested.class,
            new HistogramDrift(DriftOptions.defaults())
                .compare("score", LE, new double[] {6, 9, 10, 10}, new double[] {5, 8, 10, 10}));
    assertEquals(DriftTest.CHISQUARE, r.test());
    assertAgrees(0.5580351457700471, r.score(), "chisquare p");
    var d = assertInstanceOf(Distribution.Categories.class, r.distribution());
    assertEquals(List.of("le=0.25", "le=0.5", "le=0.75"), d.labels());
  }

  @Test
  void largeWindowsUseJensenShannonOnFractionalIncreases() {
    var r =
        assertInstanceOf(
            ColumnResult.Tested.class,
            new HistogramDrift(DriftOptions.defaults())
                .compare(
                    "score",
                    LE,
                    new double[] {700.5, 1000.5, 1001.5, 3000.5},
                    new double[] {900, 990, 990, 2000}));
    assertEquals(DriftTest.JENSENSHANNON, r.test());
    assertTrue(r.score() > 0.1 && r.drift());
  }

  @Test
  void rejectsDecreasingCumulativeCounts() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HistogramDrift(DriftOptions.defaults())
                    .compare(
                        "score", LE, new double[] {6, 5, 10, 10}, new double[] {5, 8, 10, 10}));
    assertEquals(
        "histogram 'score', reference window: cumulative count 5.0 at le=0.5 is below the previous "
            + "bucket's 6.0",
        e.getMessage());
  }
}
