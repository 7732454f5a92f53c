package dev.fleetscope.engine;

/**
 * How far a recommendation can be trusted, from 0 to 1, by how much history it rests on: {@code d / (d + 3.5)}
 * where {@code d} is the VPA's measure of history in days (the lesser of the span between the first and last CPU
 * sample and the samples' total duration). Half a week of history gives 0.5, a week 0.67, two weeks 0.8.
 */
public final class Confidence {
  static final double HALF_CONFIDENCE_DAYS = 3.5;

  private Confidence() {}

  public static double of(UsageHistory history) {
    double days = historyDays(history);
    return days / (days + HALF_CONFIDENCE_DAYS);
  }

  public static double historyDays(UsageHistory history) {
    double[] cpu = history.cpuCores();
    int first = -1;
    int last = -1;
    int present = 0;
    for (int i = 0; i < cpu.length; i++) {
      if (cpu[i] == cpu[i]) {
        first = first < 0 ? i : first;
        last = i;
        present++;
      }
    }
    if (present == 0) {
      return 0;
    }
    double span = (last - first) * (double) history.stepSeconds() / UsageHistory.SECONDS_PER_DAY;
    double duration = present * (double) history.stepSeconds() / UsageHistory.SECONDS_PER_DAY;
    return Math.min(span, duration);
  }
}
