package dev.fleetscope.drift.stats;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static dev.fleetscope.drift.stats.SciPyAgreement.seq;
import static dev.fleetscope.drift.stats.SciPyAgreement.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.drift.stats.KolmogorovSmirnov.Method;
import dev.fleetscope.drift.stats.KolmogorovSmirnov.Result;
import org.junit.jupiter.api.Test;

class KolmogorovSmirnovTest {

  private static void assertKs(double d, double p, Method method, Result r) {
    assertAgrees(d, r.statistic(), "statistic");
    assertAgrees(p, r.pValue(), "p-value");
    assertEquals(method, r.method());
  }

  @Test
  void singleValuesFarApartGiveTheLargestStatisticButNoEvidence() {
    assertKs(1.0, 1.0, Method.EXACT, KolmogorovSmirnov.twoSample(sorted(1.0), sorted(2.0)));
  }

  @Test
  void identicalSamplesHaveStatisticZeroAndPValueOne() {
    assertKs(0.0, 1.0, Method.EXACT, KolmogorovSmirnov.twoSample(sorted(1.0), sorted(1.0)));
  }

  @Test
  void twoValuesEach() {
    assertKs(
        0.5, 1.0, Method.EXACT, KolmogorovSmirnov.twoSample(sorted(1.0, 2.0), sorted(1.5, 2.5)));
  }

  @Test
  void equalSizesUseTheExactSquareFormula() {
    Result r =
        KolmogorovSmirnov.twoSample(
            sorted(0.1, 0.2, 0.3, 0.4, 0.5), sorted(0.35, 0.45, 0.55, 0.65, 0.75));
    assertKs(0.6, 0.35714285714285715, Method.EXACT, r);
  }

  @Test
  void tiesAcrossSamplesAreCountedOnBothSides() {
    Result r =
        KolmogorovSmirnov.twoSample(sorted(1.0, 1.0, 2.0, 2.0, 3.0), sorted(2.0, 3.0, 3.0, 3.0));
    assertKs(0.55, 0.4285714285714286, Method.EXACT, r);
  }

  @Test
  void unequalSizesUseTheExactInsideMethod() {
    Result r =
        KolmogorovSmirnov.twoSample(
            sorted(3.1, 0.5, 2.2, 1.7, 4.8, 2.9, 0.1),
            sorted(5.5, 6.1, 4.9, 7.2, 5.0, 6.6, 8.1, 5.9, 6.0, 7.7, 4.4));
    assertKs(0.9090909090909091, 0.0005027652086475616, Method.EXACT, r);
  }

  @Test
  void exactUpToTenThousandValues() {
    Result r =
        KolmogorovSmirnov.twoSample(
            sorted(seq(1000, 7919, 10007, 1000, 0)),
            sorted(seq(10000, 104729, 100003, 10000, 0.05)));
    assertKs(0.0067, 0.9999999999969502, Method.EXACT, r);
    r =
        KolmogorovSmirnov.twoSample(
            sorted(seq(3000, 7919, 10007, 1000, 0)), sorted(seq(3000, 104729, 100003, 10000, 0.1)));
    assertKs(0.011333333333333334, 0.9905637082243612, Method.EXACT, r);
  }

  @Test
  void asymptoticAboveTenThousandValuesThroughTheFiniteKstwoDistribution() {
    Result small =
        KolmogorovSmirnov.twoSample(
            sorted(seq(800, 7919, 10007, 1000, 0)),
            sorted(seq(200000, 104729, 100003, 10000, 0.2)));
    assertKs(0.02164, 0.8414285274216209, Method.ASYMPTOTIC, small);

    double[] ref = sorted(seq(50000, 7919, 10007, 1000, 0));
    assertKs(
        0.0011166666666666666,
        0.9999999999999964,
        Method.ASYMPTOTIC,
        KolmogorovSmirnov.twoSample(ref, sorted(seq(60000, 104729, 100003, 10000, 0.01))));
    assertKs(
        0.005116666666666667,
        0.47141426751911797,
        Method.ASYMPTOTIC,
        KolmogorovSmirnov.twoSample(ref, sorted(seq(60000, 104729, 100003, 10000, 0.05))));
    assertKs(
        0.012096666666666669,
        0.000677709007100371,
        Method.ASYMPTOTIC,
        KolmogorovSmirnov.twoSample(ref, sorted(seq(60000, 104729, 100003, 10000, 0.12))));
  }

  @Test
  void rejectsAnEmptySample() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KolmogorovSmirnov.twoSample(new double[0], sorted(1.0)));
  }
}
