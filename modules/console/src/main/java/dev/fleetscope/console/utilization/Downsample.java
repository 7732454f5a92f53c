package dev.fleetscope.console.utilization;

import dev.fleetscope.model.Series;
import java.time.Duration;
import java.time.Instant;

/**
 * Reduces a long series to chart-sized buckets: the mean for rates like CPU, the peak for levels
 * like memory.
 */
public final class Downsample {
  public enum Mode {
    MEAN,
    MAX
  }

  /** Bucket start times (epoch seconds) and values; NaN where a bucket had no sample. */
  public record Points(long[] epochSeconds, double[] values) {}

  private Downsample() {}

  public static Points of(Series series, Instant from, Duration bucket, Mode mode) {
    Series window = series.since(from);
    long size = bucket.toSeconds();
    int buckets =
        (int)
            Math.max(1, Math.ceilDiv(window.end().getEpochSecond() - from.getEpochSecond(), size));
    long[] times = new long[buckets];
    double[] values = new double[buckets];
    int[] counts = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      times[b] = from.getEpochSecond() + b * size;
      values[b] = mode == Mode.MAX ? Double.NEGATIVE_INFINITY : 0;
    }
    for (int i = 0; i < window.size(); i++) {
      double v = window.get(i);
      int b = (int) ((window.epochSecondAt(i) - from.getEpochSecond()) / size);
      if (Double.isNaN(v) || b < 0 || b >= buckets) {
        continue;
      }
      values[b] = mode == Mode.MAX ? Math.max(values[b], v) : values[b] + v;
      counts[b]++;
    }
    for (int b = 0; b < buckets; b++) {
      values[b] =
          counts[b] == 0 ? Double.NaN : mode == Mode.MAX ? values[b] : values[b] / counts[b];
    }
    return new Points(times, values);
  }
}
