package dev.fleetscope.simulator.pipelines;

import dev.fleetscope.model.pipeline.FailedTask;
import java.time.Duration;
import java.util.List;

/**
 * A pipeline the demo fleet runs on a fixed schedule.
 *
 * @param period time between runs (an hour, a day, a week)
 * @param offset when in each period it runs, from the Unix epoch's alignment (a Thursday, 00:00
 *     UTC)
 * @param typical how long a normal run takes; each run varies by up to ±{@code jitter}/2 of it
 * @param failEvery one run in this many fails (0: never), at a run index shifted by the seed
 * @param slowEvery one run in this many takes 2.2 times as long (0: never); a slow run does not
 *     also fail
 * @param failures what a failure looks like: the task that fails and its message
 */
public record DemoPipeline(
    String name,
    Duration period,
    Duration offset,
    Duration typical,
    double jitter,
    int failEvery,
    int slowEvery,
    List<FailedTask> failures) {

  public DemoPipeline {
    failures = List.copyOf(failures);
    if (failEvery > 0 && failures.isEmpty()) {
      throw new IllegalArgumentException(
          name + " fails now and then, so it needs at least one failure mode");
    }
  }

  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAY = Duration.ofDays(1);
  static final Duration WEEK = Duration.ofDays(7);

  /** Daily at {@code hh:mm} UTC. */
  static Duration dailyAt(int hour, int minute) {
    return Duration.ofHours(hour).plusMinutes(minute);
  }

  /** Weekly on Sunday at {@code hh:00} UTC (the epoch was a Thursday: Sunday is three days on). */
  static Duration sundayAt(int hour) {
    return Duration.ofDays(3).plusHours(hour);
  }
}
