package dev.fleetscope.engine.stats;

/**
 * Buckets of 1/128 of an octave (at most 0.78% of their start wide) indexed straight from the bits
 * of a double, so that finding a bucket costs a shift instead of a logarithm. Positive doubles
 * order like their bit patterns, so bucket order is value order. Values below 2^-24 share the first
 * bucket, values from 2^41 on (about 2 TiB) the last; both are far outside what a container uses in
 * cores or bytes.
 */
public final class LogBuckets {
  static final int SUB_BITS = 7;
  private static final int MIN_EXPONENT = -24;
  private static final int MAX_EXPONENT = 41;
  public static final int COUNT = (MAX_EXPONENT - MIN_EXPONENT) << SUB_BITS;
  private static final long BASE = (long) (1023 + MIN_EXPONENT) << SUB_BITS;
  private static final int SHIFT = 52 - SUB_BITS;

  private LogBuckets() {}

  /** The bucket of a non-negative, non-NaN value. */
  public static int of(double value) {
    // The shifted bits of a non-negative double fit an int (sign 0, 11 exponent and 7 mantissa
    // bits).
    int index = (int) (Double.doubleToRawLongBits(value) >>> SHIFT) - (int) BASE;
    return Math.min(Math.max(index, 0), COUNT - 1);
  }

  /** The smallest value of a bucket (zero for the first). */
  public static double lowerBound(int bucket) {
    return bucket == 0 ? 0 : Double.longBitsToDouble((bucket + BASE) << SHIFT);
  }

  /** The smallest value of the next bucket (infinite for the last). */
  public static double upperBound(int bucket) {
    return bucket == COUNT - 1
        ? Double.POSITIVE_INFINITY
        : Double.longBitsToDouble((bucket + 1 + BASE) << SHIFT);
  }
}
