package dev.fleetscope.drift.stats;

import static dev.fleetscope.drift.stats.SciPyAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KolmogorovDistributionTest {

  @ParameterizedTest(name = "kstwo.sf({1}, n={0}) = {2} ({3})")
  @CsvSource({
    "5, 0.15, 0.9988, Ruben-Gambino n x <= 1",
    "5, 0.9, 1.9999999999999978e-05, Ruben-Gambino n x >= n - 1",
    "10, 0.6, 0.0005681672000000003, x >= 0.5: twice the one-sided tail",
    "5, 0.19, 0.977325184, Durbin matrix for small n",
    "40, 0.1, 0.7818109707182903, Durbin matrix for small n",
    "40, 0.25, 0.01089552086854928, Pomeranz recursion",
    "100, 0.35, 1.865228719089831e-11, Smirnov tail for small n",
    "1000, 0.02, 0.8108971656895577, Durbin matrix for large n",
    "1000, 0.05, 0.013012074781090332, Smirnov tail for large n",
    "200000, 0.002, 0.39995085369038097, Pelz-Good",
    "200000, 0.004, 0.003314212822560255, Smirnov tail for large n",
    "500000, 0.003, 0.00024632301239186754, Smirnov tail summed over many terms",
    "2000000, 0.001, 0.03660662431970485, Smirnov approximation above n = 10^6",
    "1000, 0.0005, 1.0, below the support",
    "1000, 0.7, 0.0, n x^2 >= 370"
  })
  void survivalMatchesSciPyKstwoOnEveryBranch(int n, double x, double expected, String branch) {
    assertAgrees(expected, KolmogorovDistribution.sf(n, x), branch);
    if (expected > 0) {
      assertEquals(expected, KolmogorovDistribution.sf(n, x), 1e-9 * expected, branch);
    }
  }
}
