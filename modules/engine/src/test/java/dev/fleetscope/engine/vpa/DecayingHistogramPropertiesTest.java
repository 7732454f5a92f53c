package dev.fleetscope.engine.vpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DecayingHistogramPropertiesTest {
  private static final ExponentialBuckets CPU = ExponentialBuckets.CPU;
  private static final long START = 1_700_000_000L;

  @Property
  void aValueFallsInTheBucketThatStartsAtOrBelowIt(
      @ForAll @DoubleRange(min = 0, max = 999) double value) {
    int bucket = CPU.find(value);
    // Go's floor(log(...)) may land one bucket low right at a boundary, never high.
    assertTrue(CPU.start(bucket) <= value * (1 + 1e-12));
    assertTrue(bucket == CPU.count() - 1 || value < CPU.start(bucket + 1) * (1 + 1e-12));
  }

  @Property
  void percentilesNeverFallAsThePercentileRises(
      @ForAll @Size(min = 1, max = 200) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b,
      @ForAll @IntRange(min = 0, max = 48) int hoursApart) {
    DecayingHistogram h = filled(raw, hoursApart);
    assertTrue(h.percentile(Math.min(a, b)) <= h.percentile(Math.max(a, b)));
  }

  @Property
  void everyPercentileLiesBetweenTheBucketsOfTheSmallestAndLargestSample(
      @ForAll @Size(min = 1, max = 200) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @IntRange(min = 0, max = 48) int hoursApart) {
    double[] values = cores(raw);
    DecayingHistogram h = filled(raw, hoursApart);
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    double percentile = h.percentile(p);
    assertTrue(percentile >= CPU.start(Math.min(CPU.find(min) + 1, CPU.count() - 1)));
    assertTrue(percentile <= CPU.start(Math.min(CPU.find(max) + 1, CPU.count() - 1)));
  }

  @Property
  void scalingEveryWeightByAPowerOfTwoChangesNoPercentile(
      @ForAll @Size(min = 1, max = 100) double[] raw,
      @ForAll @DoubleRange(min = 0, max = 1) double p) {
    DecayingHistogram now = filled(raw, 0);
    DecayingHistogram later = new DecayingHistogram(CPU, 3600);
    double[] values = cores(raw);
    for (double v : values) {
      later.addSample(v, 1, START + 10 * 3600); // ten half-lives later: every weight times 2^10
    }
    assertEquals(now.percentile(p), later.percentile(p));
  }

  private static DecayingHistogram filled(double[] raw, int hoursApart) {
    DecayingHistogram h = new DecayingHistogram(CPU, 3600);
    double[] values = cores(raw);
    for (int i = 0; i < values.length; i++) {
      h.addSample(values[i], 1, START + (long) i * hoursApart * 3600 / Math.max(1, values.length));
    }
    return h;
  }

  private static double[] cores(double[] raw) {
    return Arrays.stream(raw)
        .map(v -> Double.isFinite(v) ? Math.min(Math.abs(v), 500) : 0)
        .toArray();
  }
}
