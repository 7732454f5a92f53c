package dev.fleetscope.prometheus;

import java.util.Arrays;

/**
 * The samples of one series as the parser hands them over: timestamps in epoch milliseconds and
 * values, in primitive arrays the parser reuses for the next series (copy what you keep).
 */
public final class Samples {
  private long[] times = new long[256];
  private double[] values = new double[256];
  private int size;

  public int size() {
    return size;
  }

  public long timeMillis(int index) {
    return times[index];
  }

  public double value(int index) {
    return values[index];
  }

  /** The newest value, or NaN when there are none. */
  public double last() {
    return size == 0 ? Double.NaN : values[size - 1];
  }

  void clear() {
    size = 0;
  }

  void add(long timeMillis, double value) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    times[size] = timeMillis;
    values[size] = value;
    size++;
  }
}
