package dev.fleetscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class WeightedTailPropertiesTest {

  @Property
  void keepsTheWeightAboveTheThresholdWithinTheShare(
      @ForAll @Size(min = 1, max = 400) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 0.5) double share,
      @ForAll @DoubleRange(min = 0.9, max = 1.1) double ratio) {
    double[] values = LinearPercentilePropertiesTest.nonNegative(raw);
    Geometric weights = new Geometric(1, ratio);
    double threshold =
        WeightedTail.threshold(values, share, weights, Geometric.ONE, new Workspace());
    assertTrue(
        weightAbove(values, weights, threshold)
            <= share * weightAbove(values, weights, -1) * (1 + 1e-9));
  }

  @Property
  void isWithinOneBucketOfTheExactSmallestThreshold(
      @ForAll @Size(min = 1, max = 400) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 0.5) double share,
      @ForAll @DoubleRange(min = 0.9, max = 1.1) double ratio) {
    double[] values = LinearPercentilePropertiesTest.nonNegative(raw);
    Geometric weights = new Geometric(1, ratio);
    double threshold =
        WeightedTail.threshold(values, share, weights, Geometric.ONE, new Workspace());
    // Sums in another order differ in the last bits, so the exact answer is bracketed: a looser
    // budget allows a
    // smaller (or equal) threshold, a stricter one needs a larger (or equal) one. Ties at the
    // budget are exact.
    assertTrue(threshold >= exactSmallest(values, weights, share, 1 + 1e-9));
    assertTrue(
        threshold
            < LogBuckets.upperBound(
                LogBuckets.of(exactSmallest(values, weights, share, 1 - 1e-9))));
  }

  @Property(tries = 200)
  void theFloorFromEverySixteenthSampleNeverChangesTheAnswer(
      @ForAll @Size(min = 1024, max = 6000) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 0.05) double share,
      @ForAll @DoubleRange(min = 0.999, max = 1.001) @Scale(4) double ratio,
      @ForAll @DoubleRange(min = 0, max = 0.2) double burstShare) {
    // Mostly a low level with bursts, so that the top of the distribution is a thin slice the
    // sample may miss.
    double[] values = LinearPercentilePropertiesTest.nonNegative(raw);
    for (int i = 0; i < values.length; i++) {
      values[i] =
          (values[i] % 1000) / 1000 < burstShare ? 2 + values[i] % 1 : 0.1 + (values[i] % 7) / 100;
    }
    Geometric weights = new Geometric(1, ratio);
    Workspace workspace = new Workspace();
    double full =
        WeightedTail.pass(
            values,
            values.length,
            workspace.series(weights, values.length),
            1,
            0,
            share,
            workspace);
    assertEquals(
        full, WeightedTail.threshold(values, share, weights, Geometric.ONE, workspace), 0.0);
  }

  @Property
  void scalesEverySampleBeforeComparing(@ForAll @Size(min = 1, max = 100) double[] raw) {
    double[] values = LinearPercentilePropertiesTest.nonNegative(raw);
    double plain = WeightedTail.threshold(values, 0, Geometric.ONE, Geometric.ONE, new Workspace());
    double doubled =
        WeightedTail.threshold(values, 0, Geometric.ONE, new Geometric(2, 1), new Workspace());
    assertEquals(2 * plain, doubled, 0.0);
  }

  /**
   * Sort by value, walk down: the smallest sample value whose strictly-greater weight stays within
   * the budget.
   */
  private static double exactSmallest(
      double[] values, Geometric weights, double share, double slack) {
    double[] w = new double[values.length];
    double running = weights.first();
    for (int i = 0; i < w.length; i++, running *= weights.ratio()) {
      w[i] = running;
    }
    double total = Arrays.stream(w).sum();
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
    double best = values[order[0]];
    for (Integer i : order) {
      if (weightAbove(values, w, values[i]) <= share * total * slack) {
        best = values[i];
      }
    }
    return weightAbove(values, w, 0) <= share * total * slack ? 0 : best;
  }

  private static double weightAbove(double[] values, Geometric weights, double threshold) {
    double sum = 0;
    double w = weights.first();
    for (double v : values) {
      sum += v > threshold ? w : 0;
      w *= weights.ratio();
    }
    return sum;
  }

  private static double weightAbove(double[] values, double[] weights, double threshold) {
    return IntStream.range(0, values.length)
        .filter(i -> values[i] > threshold)
        .mapToDouble(i -> weights[i])
        .sum();
  }
}
