package dev.fleetscope.engine.vpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.engine.UsageHistory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VpaRecommenderTest {
  private static final long START = 1_700_000_000L;

  @Test
  void confidenceIsSamplesOverMinutesPerDayWhenSparse() {
    // TestConfidenceMultiplier: 9 CPU samples 2 minutes apart -> min(16 min in days, 9 / 1440) =
    // 0.00625.
    double[] cpu = new double[17];
    Arrays.fill(cpu, Double.NaN);
    for (int i = 0; i < 17; i += 2) {
      cpu[i] = 1.0;
    }
    AggregateState state =
        VpaRecommender.aggregate(UsageHistory.of(START, 60, cpu, new double[17]), 3140, 0);
    assertEquals(0.00625, state.confidenceDays(), 0.0);
  }

  @Test
  void targetIsP90PlusFifteenPercentTruncatedToMillicores() {
    // A day of 1-minute samples at exactly 1 core: every percentile is the end of 1.0's bucket
    // (bucket 36),
    // 0.01 * (1.05^37 - 1) / 0.05 = 1.01626... cores -> 1016 m, plus the truncated 15% margin 152 m
    // = 1168 m.
    VpaEstimate estimate = estimateFor(constant(1440, 1.0), constant(1440, 1e9), 1);
    long bucketEnd = (long) (ExponentialBuckets.CPU.start(37) * 1000);
    assertEquals(1016, bucketEnd);
    assertEquals(bucketEnd + (long) (bucketEnd * 0.15), estimate.targetMillicores());
  }

  @Test
  void upperBoundWidensByOnePlusOneOverHistoryDays() {
    // One week at one sample a minute: confidence = min(10079/1440, 10080/1440) = 6.9993 days, so
    // the upper
    // bound is (p95 + margin) * 1.142871 ("1 week history: *1.14" in recommender.go).
    VpaEstimate estimate = estimateFor(constant(7 * 1440, 1.0), constant(7 * 1440, 1e9), 1);
    double confidence = (7 * 1440 - 1) / 1440.0;
    assertEquals(confidence, estimate.confidenceDays(), 1e-12);
    long withMargin = 1016 + (long) (1016 * 0.15);
    assertEquals((long) (withMargin * (1 + 1 / confidence)), estimate.upperMillicores());
    assertEquals(
        (long) (withMargin * Math.pow(1 + 0.001 / confidence, -2)), estimate.lowerMillicores());
  }

  @Test
  void podMinimumsAreSplitAcrossItsContainers() {
    // An idle container in a two-container pod: 25 m / 2 = 12 m (truncated), 250 MiB / 2 =
    // 131072000 bytes.
    VpaEstimate estimate = estimateFor(constant(1440, 0.001), constant(1440, 1e6), 2);
    assertEquals(12, estimate.targetMillicores());
    assertEquals(131_072_000L, estimate.targetBytes());
  }

  @Test
  void memoryTargetIsP90OfDailyPeaksWeightedByRecency() {
    // Three days whose peaks are 1, 2 and 3 GB; each day's peak counts twice the day before
    // (weights 1, 2, 4 of
    // 7): p90 = 6.3 of 7 falls in the 3 GB peak's bucket; plus 15%.
    double[] memory = new double[3 * 1440];
    for (int d = 0; d < 3; d++) {
      Arrays.fill(memory, d * 1440, (d + 1) * 1440, 0.5e9);
      memory[d * 1440 + 600] = (d + 1) * 1e9;
    }
    VpaEstimate estimate = estimateFor(constant(3 * 1440, 0.5), memory, 1);
    long bucketEnd =
        (long) ExponentialBuckets.MEMORY.start(ExponentialBuckets.MEMORY.find(3e9) + 1);
    assertEquals(bucketEnd + (long) (bucketEnd * 0.15), estimate.targetBytes());
  }

  private static VpaEstimate estimateFor(double[] cpu, double[] memory, int containers) {
    return VpaRecommender.estimate(
        UsageHistory.of(START, 60, cpu, memory), 1000, 1L << 30, containers);
  }

  private static double[] constant(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }
}
