package dev.fleetscope.updates;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** At most one update check a day, as a pure function of the last check and the time now. */
public final class DailyThrottle {
  public static final Duration INTERVAL = Duration.ofDays(1);

  private DailyThrottle() {}

  /**
   * Whether a check is due: never checked, or a day or more since the last check. A last check
   * later than now (the clock was set back) makes one due too, so a wrong timestamp cannot silence
   * the check for good.
   */
  public static boolean due(Optional<Instant> lastCheck, Instant now) {
    return lastCheck
        .map(last -> last.isAfter(now) || !now.isBefore(last.plus(INTERVAL)))
        .orElse(true);
  }
}
