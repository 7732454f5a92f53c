package dev.fleetscope.prometheus;

import java.time.Duration;
import java.time.Instant;

/**
 * Which history to read: the {@code window} ending at {@code end}, one sample per {@code step}.
 *
 * @param minSampleWindow the shortest window a sample may cover: a rate needs two scrapes inside
 *     its window, so a step shorter than this (a live refresh of 15 s) reads a moving window of
 *     this length instead
 */
public record HistoryRequest(
    Instant end, Duration window, Duration step, Duration minSampleWindow) {
  /** Two scrapes at the common one-minute interval: what a rate needs at the least. */
  public static final Duration DEFAULT_MIN_SAMPLE_WINDOW = Duration.ofMinutes(2);

  public HistoryRequest {
    if (window.compareTo(step) < 0) {
      throw new IllegalArgumentException(
          "the window (" + window + ") must hold at least one step (" + step + ")");
    }
    grid(end, window, step);
  }

  /**
   * The {@code window} up to {@code end}, one sample per {@code step} (for example 14 days at 5
   * minutes).
   */
  public static HistoryRequest ending(Instant end, Duration window, Duration step) {
    return new HistoryRequest(end, window, step, DEFAULT_MIN_SAMPLE_WINDOW);
  }

  /**
   * The step-aligned evaluation times; sample {@code i} covers the step that ends at point {@code
   * i}.
   */
  public StepGrid grid() {
    return grid(end, window, step);
  }

  /** The window each sample covers. */
  public Duration sampleWindow() {
    return UsageQueries.sampleWindow(step, minSampleWindow);
  }

  private static StepGrid grid(Instant end, Duration window, Duration step) {
    return StepGrid.ending(end, window, step);
  }
}
