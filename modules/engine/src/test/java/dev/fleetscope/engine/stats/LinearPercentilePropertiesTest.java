package dev.fleetscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class LinearPercentilePropertiesTest {

  @Property
  void equalsNumpysDefinitionOnTheSortedValues(
      @ForAll @Size(min = 1, max = 300) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 100) double percent) {
    double[] values = nonNegative(raw);
    assertEquals(sortedNumpy(values, percent), LinearPercentile.of(values, percent), 0.0);
  }

  @Property
  void liesBetweenTheSmallestAndLargestValue(
      @ForAll @Size(min = 1, max = 300) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 100) double percent) {
    double[] values = nonNegative(raw);
    double p = LinearPercentile.of(values, percent);
    assertTrue(
        p >= Arrays.stream(values).min().orElseThrow()
            && p <= Arrays.stream(values).max().orElseThrow());
  }

  @Property
  void neverFallsAsThePercentileRises(
      @ForAll @Size(min = 1, max = 300) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b) {
    double[] values = nonNegative(raw);
    assertTrue(
        LinearPercentile.of(values, Math.min(a, b)) <= LinearPercentile.of(values, Math.max(a, b)));
  }

  /** numpy's linear method written out on a sorted copy: the reference the selection must match. */
  static double sortedNumpy(double[] values, double percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double index = (n - 1) * (percent / 100);
    if (index >= n - 1) {
      return sorted[n - 1];
    }
    int previous = (int) Math.floor(index);
    double t = index - previous;
    double a = sorted[previous];
    double b = sorted[previous + 1];
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  }

  /** Usage is never negative, NaN or infinite; fold arbitrary doubles into [0, 1e12]. */
  static double[] nonNegative(double[] raw) {
    return Arrays.stream(raw)
        .map(v -> Double.isFinite(v) ? Math.min(Math.abs(v), 1e12) : 0)
        .toArray();
  }
}
