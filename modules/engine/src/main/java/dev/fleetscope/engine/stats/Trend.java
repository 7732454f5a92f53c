package dev.fleetscope.engine.stats;

import java.util.Arrays;

/**
 * Steady exponential growth of a daily level (a daily memory peak, a daily mean CPU), found
 * robustly: the Theil–Sen slope of the logarithm (the median of the slopes between every pair of
 * days) is the growth rate, and it counts only when at least {@value #MIN_CONCORDANCE} of the day
 * pairs rise. A warm-up that levels off, a weekly cycle or one bad day does not make a trend; a
 * leak that grows every day does.
 *
 * @param perDay relative growth per day (0.05 is 5% a day); zero when there is no trend
 * @param concordance the share of day pairs whose later day is higher
 */
public record Trend(double perDay, double concordance) {
  public static final Trend NONE = new Trend(0, 0);
  static final double MIN_CONCORDANCE = 0.8;
  static final double MIN_GROWTH_PER_DAY = 0.005;
  static final int MIN_DAYS = 4;

  /** The trend of daily levels, oldest first; NaN or non-positive levels are skipped. */
  public static Trend of(double[] levels) {
    double[] logs = new double[levels.length];
    int days = 0;
    for (int i = 0; i < levels.length; i++) {
      logs[i] = levels[i] > 0 ? Math.log(levels[i]) : Double.NaN;
      days += levels[i] > 0 ? 1 : 0;
    }
    int pairs = 0;
    int rising = 0;
    double[] slopes = new double[levels.length * (levels.length - 1) / 2];
    for (int i = 0; i < logs.length; i++) {
      for (int j = i + 1; j < logs.length; j++) {
        if (logs[i] == logs[i] && logs[j] == logs[j]) {
          double slope = (logs[j] - logs[i]) / (j - i);
          slopes[pairs++] = slope;
          rising += slope > 0 ? 1 : 0;
        }
      }
    }
    if (days < MIN_DAYS) {
      return NONE;
    }
    Arrays.sort(slopes, 0, pairs);
    double median =
        pairs % 2 == 1 ? slopes[pairs / 2] : (slopes[pairs / 2 - 1] + slopes[pairs / 2]) / 2;
    double concordance = rising / (double) pairs;
    double perDay = Math.expm1(median);
    return concordance >= MIN_CONCORDANCE && perDay >= MIN_GROWTH_PER_DAY
        ? new Trend(perDay, concordance)
        : NONE;
  }

  public boolean growing() {
    return perDay > 0;
  }

  /** Continuous growth rate per second, for projecting a sample forward. */
  public double ratePerSecond() {
    return Math.log1p(perDay) / 86_400;
  }
}
