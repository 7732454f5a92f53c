package dev.fleetscope.engine.vpa;

/**
 * The VPA recommender's {@code AggregateContainerState}: a decaying histogram of every CPU sample
 * (weighted by the CPU request, at least 0.1 core) and a decaying histogram of memory peaks, one
 * per 24-hour interval, plus the first and last CPU sample times and the CPU sample count that the
 * confidence is computed from.
 */
public final class AggregateState {
  static final long HALF_LIFE_SECONDS = 24 * 3600;
  private static final double MIN_SAMPLE_WEIGHT = 0.1;

  final DecayingHistogram cpu = new DecayingHistogram(ExponentialBuckets.CPU, HALF_LIFE_SECONDS);
  final DecayingHistogram memoryPeaks =
      new DecayingHistogram(ExponentialBuckets.MEMORY, HALF_LIFE_SECONDS);
  private long firstSampleStart;
  private long lastSampleStart;
  private int totalSamples;

  /** One CPU sample; usage and request are in millicores, as the VPA keeps them. */
  void addCpuSample(long epochSecond, long usageMillicores, long requestMillicores) {
    double weight = Math.max(requestMillicores / 1000.0, MIN_SAMPLE_WEIGHT);
    cpu.addSample(usageMillicores / 1000.0, weight, epochSecond);
    if (totalSamples == 0 || epochSecond > lastSampleStart) {
      lastSampleStart = epochSecond;
    }
    if (totalSamples == 0 || epochSecond < firstSampleStart) {
      firstSampleStart = epochSecond;
    }
    totalSamples++;
  }

  /**
   * The VPA's confidence in its history ({@code getConfidence}): the lesser of the days between the
   * first and last CPU sample and the sample count divided by 1440 (one sample a minute for a day).
   */
  public double confidenceDays() {
    double lifespanDays = (lastSampleStart - firstSampleStart) / 86_400.0;
    double samplesAmount = totalSamples / (60.0 * 24);
    return Math.min(lifespanDays, samplesAmount);
  }

  public int totalSamples() {
    return totalSamples;
  }
}
