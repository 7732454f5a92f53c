package dev.fleetscope.model.poll;

import java.time.Duration;

/**
 * When a source that stopped answering counts as stale: once its last answer is older than {@code
 * intervals} of its polling intervals, and never sooner than {@code atLeast} (so that a fast source
 * does not flicker on a slow machine).
 */
public record Staleness(int intervals, Duration atLeast) {
  public Staleness {
    if (intervals < 1 || atLeast.isNegative()) {
      throw new IllegalArgumentException(
          "a source is stale after at least one interval, was " + intervals + ", " + atLeast);
    }
  }

  /** How long a source polled every {@code interval} may stay silent and still be live. */
  public Duration after(Duration interval) {
    Duration intervalsLong = interval.multipliedBy(intervals);
    return intervalsLong.compareTo(atLeast) >= 0 ? intervalsLong : atLeast;
  }
}
