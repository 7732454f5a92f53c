package dev.fleetscope.drift.stats;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static dev.fleetscope.drift.stats.SciPyAgreement.seq;
import static dev.fleetscope.drift.stats.SciPyAgreement.sorted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistancesTest {

  @Test
  void wassersteinOfShiftedSamplesIsTheShift() {
    assertAgrees(5.0, Wasserstein.distance(sorted(0, 1, 3), sorted(5, 6, 8)), "shift");
  }

  @Test
  void wassersteinWithTies() {
    // |F1 - F2| = |2/3 - 1/4| on [1, 2)
    assertAgrees(
        0.41666666666666663, Wasserstein.distance(sorted(1, 1, 2), sorted(1, 2, 2, 2)), "ties");
  }

  @Test
  void wassersteinOnLargeSamplesAndNumPyStd() {
    double[] u = sorted(seq(100000, 7919, 10007, 1000, 0));
    double[] v = sorted(seq(120000, 104729, 100003, 10000, 0.3));
    double wd = Wasserstein.distance(u, v);
    assertAgrees(0.29707009416666674, wd, "wasserstein_distance");
    assertAgrees(0.10283515828945658, wd / Moments.populationStd(u), "normed by np.std");
  }

  @Test
  void jensenShannonUsesTheNaturalLog() {
    assertAgrees(
        0.7469797975180145,
        Divergences.jensenShannon(new double[] {0.5, 0.5, 0}, new double[] {0, 0.1, 0.9}),
        "js");
    assertAgrees(
        0.8325546111576977,
        Divergences.jensenShannon(new double[] {1, 0}, new double[] {0, 1}),
        "disjoint supports give sqrt(ln 2)");
    assertEquals(
        0.0, Divergences.jensenShannon(new double[] {0.2, 0.3, 0.5}, new double[] {0.2, 0.3, 0.5}));
  }

  @Test
  void kullbackLeiblerMatchesSciPyEntropy() {
    assertAgrees(
        0.13081203594113697,
        Divergences.kullbackLeibler(new double[] {0.25, 0.75}, new double[] {0.5, 0.5}),
        "entropy");
  }

  @Test
  void populationStabilityIndexByHand() {
    // (0.6 - 0.3) ln 2 + (0.4 - 0.7) ln(4/7)
    double expected = 0.3 * Math.log(2) - 0.3 * Math.log(4.0 / 7.0);
    assertEquals(
        expected,
        Divergences.populationStabilityIndex(new double[] {0.6, 0.4}, new double[] {0.3, 0.7}),
        1e-15);
  }

  @Test
  void sturgesEdgesAndCountsMatchNumPy() {
    double[] data = sorted(seq(1000, 7919, 10007, 1000, 0));
    double[] edges = Histograms.sturgesEdges(data[0], data[data.length - 1], data.length);
    assertEquals(12, edges.length);
    assertAgrees(0.9088181818181819, edges[1], "edge 1");
    assertAgrees(1.8176363636363637, edges[2], "edge 2");
    assertEquals(9.997, edges[11]);
    assertArrayEquals(
        new long[] {91, 90, 91, 90, 92, 90, 91, 90, 93, 90, 92}, Histograms.counts(data, edges));
  }

  @Test
  void sturgesForAPowerOfTwoSizeUsesAnExactLogarithm() {
    double[] data = sorted(seq(1024, 7919, 10007, 1000, 0));
    double[] edges = Histograms.sturgesEdges(data[0], data[data.length - 1], data.length);
    assertEquals(12, edges.length);
    assertArrayEquals(
        new long[] {93, 93, 93, 92, 94, 92, 94, 92, 95, 92, 94}, Histograms.counts(data, edges));
  }

  @Test
  void valuesOnAnInnerEdgeGoToTheRightBinAndTheLastEdgeIsClosed() {
    double[] data = sorted(0.0, 1.0, 1.0, 3.0);
    double[] edges = Histograms.sturgesEdges(0.0, 3.0, 4);
    assertArrayEquals(new double[] {0.0, 1.0, 2.0, 3.0}, edges);
    assertArrayEquals(new long[] {1, 2, 1}, Histograms.counts(data, edges));
  }
}
