package dev.fleetscope.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The window a serving reading covers, {@code (end - length, end]}, and the step at which gauges
 * (queue length, KV-cache use, requests held) are sampled across it: the finest of a few steps that
 * divides the window into at most 360 points, so every window is sampled at the same number of
 * instants whatever its end.
 */
record ServingWindow(Instant end, Duration length, Duration gaugeStep) {
  private static final int MAX_POINTS = 360;
  private static final List<Duration> STEPS =
      List.of(1, 2, 5, 10, 15, 30, 60, 120, 360, 720, 1440).stream()
          .map(Duration::ofMinutes)
          .toList();

  /** The window ending at {@code end} (to the second); its length is whole minutes. */
  static ServingWindow ending(Instant end, Duration length) {
    if (length.toSeconds() < 60
        || length.toSeconds() % 60 != 0
        || length.toNanos() % 1_000_000_000 != 0) {
      throw new IllegalArgumentException(
          "a serving window is a whole number of minutes, at least one, was " + length);
    }
    Duration step =
        STEPS.stream()
            .filter(s -> length.toSeconds() % s.toSeconds() == 0)
            .filter(s -> length.dividedBy(s) <= MAX_POINTS)
            .findFirst()
            .orElse(Duration.ofMinutes(1));
    return new ServingWindow(end.truncatedTo(ChronoUnit.SECONDS), length, step);
  }

  /** How many instants a gauge is sampled at: what a time average divides by. */
  long gaugePoints() {
    return length.dividedBy(gaugeStep);
  }

  double seconds() {
    return length.toSeconds();
  }
}
