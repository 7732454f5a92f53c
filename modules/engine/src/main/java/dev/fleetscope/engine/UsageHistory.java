package dev.fleetscope.engine;

import java.util.Arrays;

/**
 * The usage of one container replica over evenly spaced steps: what every strategy and the replay
 * read.
 *
 * <p>CPU is the mean number of cores used during a step, memory the peak bytes within the step; NaN
 * marks a step without a sample. The arrays are handed over, not copied (copying 14 days of samples
 * for every container would cost more than recommending), so callers must not change them
 * afterwards.
 *
 * @param oomKillEpochSeconds when the container was OOM-killed, in any order
 */
public record UsageHistory(
    long startEpochSecond,
    int stepSeconds,
    double[] cpuCores,
    double[] memoryBytes,
    long[] oomKillEpochSeconds) {

  public static final int SECONDS_PER_DAY = 86_400;

  public UsageHistory {
    if (stepSeconds < 1) {
      throw new IllegalArgumentException("a step must be at least one second, was " + stepSeconds);
    }
    if (cpuCores.length != memoryBytes.length) {
      throw new IllegalArgumentException(
          "CPU and memory need one sample per step each, had "
              + cpuCores.length
              + " and "
              + memoryBytes.length);
    }
  }

  public static UsageHistory of(
      long startEpochSecond, int stepSeconds, double[] cpuCores, double[] memoryBytes) {
    return new UsageHistory(startEpochSecond, stepSeconds, cpuCores, memoryBytes, new long[0]);
  }

  public int size() {
    return cpuCores.length;
  }

  public long epochSecondAt(int index) {
    return startEpochSecond + (long) index * stepSeconds;
  }

  /** Just after the last step. */
  public long endEpochSecond() {
    return epochSecondAt(size());
  }

  /** The step an instant falls in; may lie outside {@code 0..size-1}. */
  public long indexOf(long epochSecond) {
    return Math.floorDiv(epochSecond - startEpochSecond, (long) stepSeconds);
  }

  public int samplesPerDay() {
    return Math.max(1, SECONDS_PER_DAY / stepSeconds);
  }

  /**
   * Steps {@code from} (inclusive) to {@code to} (exclusive), with the OOM kills that fall in them;
   * copies.
   */
  public UsageHistory slice(int from, int to) {
    if (from < 0 || to > size() || from > to) {
      throw new IndexOutOfBoundsException(
          "slice " + from + ".." + to + " of a history of " + size() + " steps");
    }
    long begin = epochSecondAt(from);
    long end = epochSecondAt(to);
    long[] ooms = Arrays.stream(oomKillEpochSeconds).filter(t -> t >= begin && t < end).toArray();
    return new UsageHistory(
        begin,
        stepSeconds,
        Arrays.copyOfRange(cpuCores, from, to),
        Arrays.copyOfRange(memoryBytes, from, to),
        ooms);
  }

  @Override
  public String toString() {
    return "UsageHistory["
        + size()
        + " steps of "
        + stepSeconds
        + " s from "
        + startEpochSecond
        + ", "
        + oomKillEpochSeconds.length
        + " OOM kills]";
  }
}
