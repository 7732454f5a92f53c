package dev.fleetscope.drift.stats;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquaredTest {

  /**
   * Covers every branch of igamc: small-x series, power series, continued fraction, and a ~ x for
   * large a.
   */
  @ParameterizedTest(name = "chi2.sf({0}, {1}) = {2}")
  @CsvSource({
    "0.001, 1, 0.9747728793699604",
    "0.5, 1, 0.47950012218695337",
    "1.0, 4, 0.9097959895689501",
    "2.2, 2, 0.33287108369807955",
    "3.84, 1, 0.05004352124870519",
    "10.0, 3, 0.01856613546304325",
    "95.0, 100, 0.6225792918781736",
    "110.0, 100, 0.23220478050085636",
    "4900.0, 5000, 0.8413611103322287",
    "5150.0, 5000, 0.06786171579304937"
  })
  void survivalMatchesSciPy(double x, double df, double expected) {
    assertAgrees(expected, ChiSquared.sf(x, df), "chi2.sf");
  }

  @Test
  void farTailStaysRelativelyAccurate() {
    assertEquals(2.9666446590828377e-84, ChiSquared.sf(400.0, 5), 1e-9 * 2.9666446590828377e-84);
    assertEquals(0.0, ChiSquared.sf(1e4, 3));
    assertEquals(0.0, ChiSquared.sf(Double.POSITIVE_INFINITY, 3));
  }

  @Test
  void undefinedWithoutDegreesOfFreedomAsInSciPy() {
    assertTrue(Double.isNaN(ChiSquared.sf(0.0, 0)));
    assertEquals(1.0, ChiSquared.sf(0.0, 3));
  }
}
