package dev.fleetscope.engine.vpa;

/**
 * The VPA recommender's decaying histogram ({@code util.decayingHistogram} over {@code
 * util.histogram}): each sample's weight is multiplied by {@code 2^((time - reference) /
 * halfLife)}, so a sample loses half its importance every half-life. The reference starts at Go's
 * zero time and, whenever the exponent would pass 100, moves to the sample's time rounded to a
 * multiple of the half-life, rescaling the weights by a power of two. A percentile is the end of
 * the bucket where the running weight reaches it.
 */
public final class DecayingHistogram {
  /** Go's {@code time.Time{}}: 0001-01-01T00:00:00Z in Unix seconds. */
  static final long GO_ZERO_TIME = -62_135_596_800L;

  private static final int MAX_DECAY_EXPONENT = 100;

  private final ExponentialBuckets buckets;
  private final long halfLifeSeconds;
  private final double[] weight;
  private double totalWeight;
  private int minBucket;
  private int maxBucket;
  private long reference = GO_ZERO_TIME;

  public DecayingHistogram(ExponentialBuckets buckets, long halfLifeSeconds) {
    this.buckets = buckets;
    this.halfLifeSeconds = halfLifeSeconds;
    this.weight = new double[buckets.count()];
    this.minBucket = buckets.count() - 1;
    this.maxBucket = 0;
  }

  public void addSample(double value, double sampleWeight, long epochSecond) {
    add(buckets.find(value), sampleWeight * decayFactor(epochSecond));
  }

  /** Adds a weight already decayed; for samples at a time whose factor the caller computed. */
  void add(int bucket, double decayedWeight) {
    if (decayedWeight < 0) {
      throw new IllegalArgumentException("sample weight must be non-negative");
    }
    weight[bucket] += decayedWeight;
    totalWeight += decayedWeight;
    if (bucket < minBucket && weight[bucket] >= buckets.epsilon()) {
      minBucket = bucket;
    }
    if (bucket > maxBucket && weight[bucket] >= buckets.epsilon()) {
      maxBucket = bucket;
    }
  }

  public void subtractSample(double value, double sampleWeight, long epochSecond) {
    int bucket = buckets.find(value);
    double w = sampleWeight * decayFactor(epochSecond);
    if (w < 0) {
      throw new IllegalArgumentException("sample weight must be non-negative");
    }
    if (w > weight[bucket] - buckets.epsilon()) {
      w = weight[bucket];
    }
    totalWeight -= w;
    weight[bucket] -= w;
    updateMinAndMaxBucket();
  }

  public boolean isEmpty() {
    return weight[minBucket] < buckets.epsilon();
  }

  /**
   * The end of the bucket where the cumulative weight reaches {@code percentile * total}; 0 when
   * empty.
   */
  public double percentile(double percentile) {
    if (isEmpty()) {
      return 0.0;
    }
    double partialSum = 0.0;
    double threshold = percentile * totalWeight;
    int bucket = minBucket;
    for (; bucket < maxBucket; bucket++) {
      partialSum += weight[bucket];
      if (partialSum >= threshold) {
        break;
      }
    }
    return bucket < buckets.count() - 1 ? buckets.start(bucket + 1) : buckets.start(bucket);
  }

  /**
   * {@code 2^((time - reference) / halfLife)}, first moving the reference when the exponent grows
   * too large.
   */
  double decayFactor(long epochSecond) {
    long maxAllowed = reference + halfLifeSeconds * MAX_DECAY_EXPONENT;
    if (epochSecond > maxAllowed) {
      shiftReference(epochSecond);
    }
    return Math.pow(2, (double) (epochSecond - reference) / halfLifeSeconds);
  }

  private void shiftReference(long newReference) {
    long rounded = roundToHalfLife(newReference);
    int exponent = (int) Math.floor((double) (reference - rounded) / halfLifeSeconds + 0.5);
    scale(Math.scalb(1.0, exponent));
    reference = rounded;
  }

  /**
   * Go's {@code Time.Round(halfLife)}: the nearest multiple since the zero time, halfway rounding
   * up.
   */
  private long roundToHalfLife(long epochSecond) {
    long sinceZero = epochSecond - GO_ZERO_TIME;
    return GO_ZERO_TIME
        + Math.floorDiv(sinceZero + halfLifeSeconds / 2, halfLifeSeconds) * halfLifeSeconds;
  }

  private void scale(double factor) {
    for (int b = minBucket; b <= maxBucket; b++) {
      weight[b] *= factor;
    }
    totalWeight *= factor;
    updateMinAndMaxBucket();
  }

  private void updateMinAndMaxBucket() {
    int last = buckets.count() - 1;
    while (weight[minBucket] < buckets.epsilon() && minBucket < last) {
      minBucket++;
    }
    while (weight[maxBucket] < buckets.epsilon() && maxBucket > 0) {
      maxBucket--;
    }
  }
}
