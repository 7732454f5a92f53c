package dev.fleetscope.engine;

/**
 * How far a recommendation can be trusted, from 0 to 1, by how much history it rests on: {@code d /
 * (d + 3.5)} where {@code d} is the VPA's measure of history in days (the lesser of the span
 * between the first and last CPU sample and the samples' total duration). Half a week of history
 * gives 0.5, a week 0.67, two weeks 0.8.
 */
public final class Confidence {
  static final double HALF_CONFIDENCE_DAYS = 3.5;

  private Confidence() {}

  public static double of(UsageHistory history) {
    int present = 0;
    for (double v : history.cpuCores()) {
      present += v == v ? 1 : 0;
    }
    return of(history, present);
  }

  /** With the number of CPU samples already counted (the replay counts them). */
  public static double of(UsageHistory history, int cpuSamples) {
    double days = historyDays(history, cpuSamples);
    return days / (days + HALF_CONFIDENCE_DAYS);
  }

  static double historyDays(UsageHistory history, int cpuSamples) {
    if (cpuSamples == 0) {
      return 0;
    }
    double[] cpu = history.cpuCores();
    int first = 0;
    while (cpu[first] != cpu[first]) {
      first++;
    }
    int last = cpu.length - 1;
    while (cpu[last] != cpu[last]) {
      last--;
    }
    double span = (last - first) * (double) history.stepSeconds() / UsageHistory.SECONDS_PER_DAY;
    double duration = cpuSamples * (double) history.stepSeconds() / UsageHistory.SECONDS_PER_DAY;
    return Math.min(span, duration);
  }
}
