package dev.fleetscope.drift.stats;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTest {

  @ParameterizedTest(name = "ndtr({0}) = {1}")
  @CsvSource({
    "-37.5, 4.605353009581954e-308",
    "-20.0, 2.7536241186061556e-89",
    "-8.0, 6.22096057427174e-16",
    "-1.5, 0.06680720126885807",
    "-0.5, 0.3085375387259869",
    "0.0, 0.5",
    "0.3, 0.6179114221889526",
    "1.0, 0.8413447460685429",
    "2.5, 0.9937903346742238",
    "8.3, 1.0"
  })
  void cdfMatchesSciPyNdtrIntoTheFarTail(double x, double expected) {
    // relative agreement even at 1e-308, where an absolute tolerance would accept anything
    assertEquals(expected, Normal.cdf(x), 1e-9 * expected);
    assertAgrees(expected, Normal.cdf(x), "ndtr");
  }

  @ParameterizedTest(name = "sf({0}) = ndtr(-{0})")
  @CsvSource({"8.0, 6.22096057427174e-16", "1.5, 0.06680720126885807"})
  void survivalIsTheMirroredCdf(double x, double expected) {
    assertEquals(expected, Normal.sf(x), 1e-9 * expected);
  }
}
