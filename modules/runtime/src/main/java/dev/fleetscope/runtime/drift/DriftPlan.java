package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Drift view compares for a model: its current window against the reference, and the last
 * {@value #DAYS} daily windows against the same reference (oldest first) for the drift history. A
 * demo model's current window is the last 24 full hours; a log's is the window the user set, and
 * its history ends there. A pair of files has no time, so no history.
 */
public record DriftPlan(Comparison current, List<Comparison> days) {
  static final int DAYS = 14;
  private static final Duration DAY = Duration.ofDays(1);

  public DriftPlan {
    days = List.copyOf(days);
  }

  /**
   * @param now the fleet's time; demo windows end at its hour, so a plan holds for an hour
   * @throws dev.fleetscope.drift.source.DriftInputException when a configured window is not {@code
   *     START/END}
   */
  public static DriftPlan of(MonitoredModel model, Instant now, DemoInferenceLogs demo) {
    return switch (model) {
      case MonitoredModel.Demo d -> {
        TimeWindow reference = new TimeWindow(demo.reference().start(), demo.reference().end());
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        yield new DriftPlan(
            new Comparison.Demo(demo, d.name(), reference, new TimeWindow(hour.minus(DAY), hour)),
            lastDays(hour).stream()
                .map(w -> (Comparison) new Comparison.Demo(demo, d.name(), reference, w))
                .toList());
      }
      case MonitoredModel.Configured c ->
          switch (c.source()) {
            case DriftSource.LogFile log -> {
              TimeWindow reference = TimeWindow.parse(log.referenceWindow());
              TimeWindow current = TimeWindow.parse(log.currentWindow());
              yield new DriftPlan(
                  new Comparison.Log(log, reference, current),
                  lastDays(current.end()).stream()
                      .map(w -> (Comparison) new Comparison.Log(log, reference, w))
                      .toList());
            }
            case DriftSource.FilePair pair -> new DriftPlan(new Comparison.Pair(pair), List.of());
          };
    };
  }

  /** {@value #DAYS} consecutive days ending at {@code end}, oldest first. */
  static List<TimeWindow> lastDays(Instant end) {
    List<TimeWindow> days = new ArrayList<>();
    for (int k = DAYS; k >= 1; k--) {
      days.add(new TimeWindow(end.minus(DAY.multipliedBy(k)), end.minus(DAY.multipliedBy(k - 1))));
    }
    return days;
  }
}
