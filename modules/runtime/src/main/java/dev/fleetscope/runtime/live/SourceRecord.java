package dev.fleetscope.runtime.live;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link LiveFleet} knows of one source: its last good part, when that was, and the last
 * error. Immutable; each poll produces the next record.
 */
record SourceRecord(
    FleetSource source, FleetSnapshot part, Optional<Instant> lastSuccess, Optional<String> error) {
  /** A source is stale once its last success is older than this many of its intervals. */
  static final int STALE_AFTER_INTERVALS = 3;

  /** ...and never sooner than this, so a fast source does not flicker on a slow machine. */
  static final Duration STALE_AFTER_AT_LEAST = Duration.ofSeconds(10);

  static SourceRecord fresh(FleetSource source) {
    return new SourceRecord(source, FleetSnapshot.EMPTY, Optional.empty(), Optional.empty());
  }

  SourceRecord succeeded(FleetSnapshot newPart, Instant at) {
    return new SourceRecord(source, newPart, Optional.of(at), Optional.empty());
  }

  /** Keeps the last good part: a failing source goes stale, it does not blank. */
  SourceRecord failed(String message) {
    return new SourceRecord(source, part, lastSuccess, Optional.of(message));
  }

  SourceStatus status(Instant now) {
    Duration staleAfter =
        max(source.interval().multipliedBy(STALE_AFTER_INTERVALS), STALE_AFTER_AT_LEAST);
    SourceState state;
    if (lastSuccess.isEmpty()) {
      state = error.isPresent() ? SourceState.FAILED : SourceState.CONNECTING;
    } else if (error.isPresent() || lastSuccess.get().plus(staleAfter).isBefore(now)) {
      state = SourceState.STALE;
    } else {
      state = SourceState.LIVE;
    }
    return new SourceStatus(
        source.id(), source.displayName(), state, lastSuccess, error, source.progress());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
