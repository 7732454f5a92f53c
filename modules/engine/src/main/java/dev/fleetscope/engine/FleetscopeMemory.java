package dev.fleetscope.engine;

import dev.fleetscope.engine.stats.DailyLevels;
import dev.fleetscope.engine.stats.Geometric;
import dev.fleetscope.engine.stats.Projected;
import dev.fleetscope.engine.stats.Trend;
import dev.fleetscope.engine.stats.Workspace;
import dev.fleetscope.model.Units;
import java.util.Arrays;
import java.util.Locale;

/**
 * The memory half of {@link FleetscopeStrategy}. Samples are peaks within their step, never points,
 * so a limit above them holds between scrapes too. When the daily peaks grow steadily ({@link
 * Trend}), every sample is projected by that growth to the end of the horizon: a leak that passes
 * last week's replay still OOMs next week. The limit is the smallest that the budget's number of
 * projected samples exceed, plus headroom for peaks the history has not shown yet: as much as the
 * worst day exceeded a typical day (detrended), 5% to 25%. An OOM kill in the history means use
 * reached the limit of the day and was cut off there: the peak is then at least the VPA's bump of
 * that limit, {@code max(limit + 100 MiB, limit * 1.2)}, and since how far demand went beyond is
 * unknown, the headroom over it is at least 15%.
 */
final class FleetscopeMemory {
  static final long MIN_BYTES = 32L << 20;
  static final double MIN_HEADROOM = 0.05;
  static final double MAX_HEADROOM = 0.25;
  static final double FEW_DAYS_HEADROOM = 0.15;
  static final double OOM_HEADROOM = 0.15;
  static final long OOM_MIN_BUMP = 100L << 20;
  static final double OOM_BUMP_RATIO = 1.2;

  record Part(long limit, String reason) {}

  private FleetscopeMemory() {}

  /** Null when there is no memory sample. */
  static Part size(
      UsageHistory history,
      ContainerFacts facts,
      FleetscopeStrategy strategy,
      DailyLevels.Peaks peaks) {
    double[] dailyPeaks = peaks.days();
    double[] memory = history.memoryBytes();
    double step = history.stepSeconds();
    Trend trend = Trend.of(dailyPeaks);
    Geometric projection =
        trend.growing()
            ? Geometric.growth(
                trend.ratePerSecond(),
                (memory.length - 1) * step + strategy.horizon().toSeconds(),
                step)
            : Geometric.ONE;
    int allowed = strategy.budget().memorySamples();
    double peak =
        trend.growing() || allowed > 0
            ? Projected.exceededBy(memory, projection, allowed, Workspace.current())
            : peaks.max();
    if (Double.isNaN(peak)) {
      return null;
    }
    double headroom = headroom(dailyPeaks, trend);
    long oomFloor = oomFloor(history, facts.current());
    if (oomFloor > peak) {
      // The samples stop where the kill cut them off, so the true peak is unknown: a wider headroom
      // over the bump.
      long limit = (long) Math.ceil(oomFloor * (1 + Math.max(headroom, OOM_HEADROOM)));
      return new Part(
          limit,
          "OOM-killed "
              + history.oomKillEpochSeconds().length
              + "x at "
              + Units.bytes(facts.current().memoryLimit())
              + ": memory limit raised to "
              + Units.bytes(limit)
              + " (the VPA's bump, +"
              + Units.percent(Math.max(headroom, OOM_HEADROOM))
              + " headroom)");
    }
    long limit = Math.max(MIN_BYTES, (long) Math.ceil(peak * (1 + headroom)));
    String reason =
        trend.growing()
            ? String.format(
                Locale.ROOT,
                "memory grows %.1f%%/day: limit %s holds %d more days (+%s headroom)",
                trend.perDay() * 100,
                Units.bytes(limit),
                strategy.horizon().toDays(),
                Units.percent(headroom))
            : "memory limit "
                + Units.bytes(limit)
                + " = peak "
                + Units.bytes(peak)
                + " + "
                + Units.percent(headroom)
                + " headroom";
    return new Part(limit, reason);
  }

  /**
   * The worst day's excess over the median day, detrended, within 5%..25%; 15% with fewer than 3
   * days.
   */
  static double headroom(double[] dailyPeaks, Trend trend) {
    double[] detrended = new double[dailyPeaks.length];
    int n = 0;
    for (int d = 0; d < dailyPeaks.length; d++) {
      if (dailyPeaks[d] > 0) {
        detrended[n++] = dailyPeaks[d] / Math.pow(1 + trend.perDay(), d);
      }
    }
    if (n < 3) {
      return FEW_DAYS_HEADROOM;
    }
    Arrays.sort(detrended, 0, n);
    double median = n % 2 == 1 ? detrended[n / 2] : (detrended[n / 2 - 1] + detrended[n / 2]) / 2;
    return Math.clamp((detrended[n - 1] - median) / median, MIN_HEADROOM, MAX_HEADROOM);
  }

  /**
   * For every OOM kill: the VPA-style bump of what was in use then (the limit, or the nearby peak
   * if higher).
   */
  private static long oomFloor(UsageHistory history, Sizing current) {
    long floor = 0;
    double[] memory = history.memoryBytes();
    for (long at : history.oomKillEpochSeconds()) {
      long index = history.indexOf(at);
      double near = Double.NaN;
      for (long i = Math.max(0, index - 1); i <= Math.min(memory.length - 1L, index + 1); i++) {
        double v = memory[(int) i];
        near = v == v && !(v <= near) ? v : near;
      }
      double limit =
          current.limits().memoryBounded() ? current.memoryLimit() : current.memoryRequest();
      long used = (long) Math.max(limit, near == near ? near : 0);
      if (used > 0) {
        floor =
            Math.max(floor, Math.max(used + OOM_MIN_BUMP, (long) Math.ceil(used * OOM_BUMP_RATIO)));
      }
    }
    return floor;
  }
}
