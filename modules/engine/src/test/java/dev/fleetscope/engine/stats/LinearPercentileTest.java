package dev.fleetscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are what numpy 2.4.6 printed for {@code
 * repr(float(np.percentile(np.array(values), p)))}.
 */
class LinearPercentileTest {

  @ParameterizedTest(name = "p{1} of [{0}] = {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1 2 3 4; 50; 2.5",
        "1 2 3 4; 95; 3.8499999999999996",
        "0.1 0.2 0.3; 95; 0.29",
        "3 1 2; 90; 2.8",
        "5; 95; 5.0",
        "1 1 1 10; 95; 8.649999999999997",
        "0.12 0.57 0.33 0.91 0.45 0.27 0.78 0.05 0.66 0.39; 95; 0.8514999999999999",
        "0.12 0.57 0.33 0.91 0.45 0.27 0.78 0.05 0.66 0.39; 37.5; 0.35250000000000004",
        "0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1.0 1.1; 95; 1.05",
        "2.5 0.0 1.25; 100; 2.5",
        "2.5 0.0 1.25; 0.5; 0.0125",
      })
  void agreesWithNumpyLinearPercentileToTheLastBit(String values, double percent, double numpy) {
    assertEquals(numpy, LinearPercentile.of(parse(values), percent), 0.0);
  }

  @Test
  void skipsMissingSamples() {
    // numpy.percentile([1, 2, 3, 4], 95) = 3.8499999999999996; the NaNs are steps without a sample.
    double[] values = {Double.NaN, 1, 2, Double.NaN, 3, 4, Double.NaN};
    assertEquals(3.8499999999999996, LinearPercentile.of(values, 95), 0.0);
  }

  @Test
  void isNaNWithoutSamples() {
    assertTrue(Double.isNaN(LinearPercentile.of(new double[] {Double.NaN, Double.NaN}, 95)));
    assertTrue(Double.isNaN(LinearPercentile.of(new double[0], 50)));
  }

  @Test
  void findsTheOrderStatisticsAmongManyEqualValues() {
    // 1000 zeros and 1000 ones: rank (2000-1)*0.5 = 999.5 falls between the last zero and the first
    // one.
    double[] values = new double[2000];
    java.util.Arrays.fill(values, 1000, 2000, 1.0);
    assertEquals(0.5, LinearPercentile.of(values, 50), 0.0);
  }

  @Test
  void leavesItsWorkspaceClean() {
    Workspace workspace = new Workspace();
    LinearPercentile.of(new double[] {3, 1, 2, 8}, 0, 4, 50, workspace);
    assertEquals(0, java.util.Arrays.stream(workspace.counts).sum());
  }

  private static double[] parse(String values) {
    return java.util.Arrays.stream(values.trim().split(" "))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }
}
