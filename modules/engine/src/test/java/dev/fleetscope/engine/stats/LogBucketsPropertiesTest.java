package dev.fleetscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class LogBucketsPropertiesTest {

  @Property
  void aValueLiesWithinItsBucketsBounds(@ForAll @DoubleRange(min = 0, max = 1e12) double value) {
    int bucket = LogBuckets.of(value);
    assertTrue(LogBuckets.lowerBound(bucket) <= value && value < LogBuckets.upperBound(bucket));
  }

  @Property
  void bucketsOrderLikeTheirValues(
      @ForAll @DoubleRange(min = 0, max = 1e12) double a,
      @ForAll @DoubleRange(min = 0, max = 1e12) double b) {
    assertTrue(a > b || LogBuckets.of(a) <= LogBuckets.of(b));
  }

  @Property
  void aBucketIsAtMostOne128thOfItsStartWide(
      @ForAll @DoubleRange(min = 0.001, max = 1e12) @Scale(6) double value) {
    int bucket = LogBuckets.of(value);
    double low = LogBuckets.lowerBound(bucket);
    assertTrue(LogBuckets.upperBound(bucket) - low <= low / 128 * (1 + 1e-12));
  }
}
