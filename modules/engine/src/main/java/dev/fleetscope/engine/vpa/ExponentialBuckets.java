package dev.fleetscope.engine.vpa;

/**
 * The VPA recommender's exponential bucketing ({@code util.NewExponentialHistogramOptions}): the
 * first bucket covers {@code [0, firstBucketSize)}, bucket {@code n >= 1} starts at {@code
 * firstBucketSize * (ratio^n - 1) / (ratio - 1)}, and the last bucket start is at least {@code
 * maxValue}.
 */
public record ExponentialBuckets(int count, double firstBucketSize, double ratio, double epsilon) {
  /**
   * The VPA's {@code epsilon = 0.001 * minSampleWeight}: the weight below which a bucket counts as
   * empty.
   */
  public static final double EPSILON = 0.001 * 0.1;

  /** CPU: first bucket 0.01 cores, 5% growth, up to 1000 cores. */
  public static final ExponentialBuckets CPU = of(1000.0, 0.01, 1.05, EPSILON);

  /** Memory: first bucket 1e7 bytes, 5% growth, up to 1e12 bytes. */
  public static final ExponentialBuckets MEMORY = of(1e12, 1e7, 1.05, EPSILON);

  public static ExponentialBuckets of(
      double maxValue, double firstBucketSize, double ratio, double epsilon) {
    int count = (int) Math.ceil(log(ratio, maxValue * (ratio - 1) / firstBucketSize + 1)) + 1;
    return new ExponentialBuckets(count, firstBucketSize, ratio, epsilon);
  }

  /** {@code floor(log(value/firstBucketSize*(ratio-1)+1) / log(ratio))}, clamped to the buckets. */
  public int find(double value) {
    if (value < firstBucketSize) {
      return 0;
    }
    int bucket = (int) log(ratio, value * (ratio - 1) / firstBucketSize + 1);
    return Math.min(bucket, count - 1);
  }

  public double start(int bucket) {
    if (bucket < 0 || bucket >= count) {
      throw new IndexOutOfBoundsException("bucket " + bucket + " of " + count);
    }
    return bucket == 0 ? 0.0 : firstBucketSize * (Math.pow(ratio, bucket) - 1) / (ratio - 1);
  }

  private static double log(double base, double x) {
    return Math.log(x) / Math.log(base);
  }
}
