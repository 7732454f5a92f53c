package dev.fleetscope.engine.vpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The VPA's own histogram tests ({@code util/histogram_test.go}, {@code
 * util/decaying_histogram_test.go}), restated on its exponential CPU buckets: a percentile is the
 * end of the bucket holding the sample, written {@code end(v)} below.
 */
class DecayingHistogramTest {
  private static final long START = 1_234_567_890L;
  private static final long HOUR = 3600;
  private static final ExponentialBuckets CPU = ExponentialBuckets.CPU;

  @Test
  void cpuBucketsAreTheVpasOnes() {
    // ceil(log_1.05(1000 * 0.05 / 0.01 + 1)) + 1 = ceil(174.6) + 1 = 176 buckets; bucket 1 starts
    // at 0.01 core.
    assertEquals(176, CPU.count());
    assertEquals(0.01, CPU.start(1), 1e-15);
    assertEquals(0.01 * (Math.pow(1.05, 37) - 1) / 0.05, CPU.start(37), 1e-15);
    assertEquals(36, CPU.find(1.0)); // floor(log(1.0 * 0.05 / 0.01 + 1) / log(1.05)) = floor(36.72)
  }

  @Test
  void emptyHistogramReturnsZeroForEveryPercentile() {
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    for (double p = -0.5; p <= 1.5; p += 0.5) {
      assertEquals(0.0, h.percentile(p));
    }
  }

  @Test
  void percentileIsTheEndOfTheBucketWhereTheCumulativeWeightReachesIt() {
    // TestPercentiles: samples 1, 2, 3, 4 with weights 1, 2, 3, 4 (total 10), no decay.
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    for (int i = 1; i <= 4; i++) {
      h.addSample(i, i, START);
    }
    assertEquals(end(1), h.percentile(0.0));
    assertEquals(end(1), h.percentile(0.1));
    assertEquals(end(2), h.percentile(0.2));
    assertEquals(end(2), h.percentile(0.3));
    assertEquals(end(3), h.percentile(0.4));
    assertEquals(end(3), h.percentile(0.6));
    assertEquals(end(4), h.percentile(0.7));
    assertEquals(end(4), h.percentile(1.0));
  }

  @Test
  void eachHalfLifeHalvesASamplesWeight() {
    // TestDecayingHistogramPercentiles: values = weights = 1..4, one half-life apart, so the
    // relative weights
    // are 1/8, 2/4, 3/2, 4 (total 6.125): cumulative shares 2.0%, 10.2%, 34.7%, 100%.
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    for (int i = 1; i <= 4; i++) {
      h.addSample(i, i, START + (i - 1) * HOUR);
    }
    assertEquals(end(1), h.percentile(0.02));
    assertEquals(end(2), h.percentile(0.03));
    assertEquals(end(2), h.percentile(0.10));
    assertEquals(end(3), h.percentile(0.11));
    assertEquals(end(3), h.percentile(0.34));
    assertEquals(end(4), h.percentile(0.35));
  }

  @Test
  void twentyHalfLivesLaterAHeavySampleBarelyCounts() {
    // TestSimpleDecay: weight 1000 at t, weight 1 twenty half-lives later: 1000 * 2^-20 < 0.001 of
    // the total.
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    h.addSample(2, 1000, START);
    h.addSample(1, 1, START + 20 * HOUR);
    assertEquals(end(1), h.percentile(0.999));
    assertEquals(end(2), h.percentile(1.0));
  }

  @Test
  void pastAHundredHalfLivesOldSamplesAreForgotten() {
    // TestLongtermDecay: the reference moves forward and the old sample falls below epsilon.
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    h.addSample(2, 1, START);
    h.addSample(1, 1, START + 101 * HOUR);
    assertEquals(end(1), h.percentile(1.0));
  }

  @Test
  void subtractingASampleEmptiesItsBucketBelowEpsilon() {
    DecayingHistogram h = new DecayingHistogram(CPU, HOUR);
    h.addSample(0.5, ExponentialBuckets.EPSILON * 2.5, START);
    h.subtractSample(0.5, ExponentialBuckets.EPSILON, START);
    assertTrue(!h.isEmpty());
    h.subtractSample(0.5, ExponentialBuckets.EPSILON, START);
    assertTrue(h.isEmpty());
  }

  private static double end(double value) {
    return CPU.start(CPU.find(value) + 1);
  }
}
