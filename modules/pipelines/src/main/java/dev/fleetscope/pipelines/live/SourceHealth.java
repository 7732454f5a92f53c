package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether one pipeline source is live, like every other source: live while it reported within two
 * intervals, stale (its runs kept and shown as stale, with the reason) once its last poll failed or
 * it has not reported for longer, failed when it never reported. Thread-safe.
 */
public final class SourceHealth {
  private final String sourceId;
  private final String displayName;
  private final Duration interval;
  private Optional<Instant> lastSuccess = Optional.empty();
  private Optional<String> lastError = Optional.empty();

  public SourceHealth(String sourceId, String displayName, Duration interval) {
    this.sourceId = sourceId;
    this.displayName = displayName;
    this.interval = interval;
  }

  public synchronized void succeeded(Instant at) {
    lastSuccess = Optional.of(at);
    lastError = Optional.empty();
  }

  public synchronized void failed(String message) {
    lastError = Optional.of(message);
  }

  public synchronized SourceStatus status(Instant now) {
    if (lastSuccess.isEmpty()) {
      SourceState state = lastError.isPresent() ? SourceState.FAILED : SourceState.CONNECTING;
      return new SourceStatus(
          sourceId, displayName, state, lastSuccess, lastError, Optional.empty());
    }
    Duration silent = Duration.between(lastSuccess.get(), now);
    if (lastError.isPresent()) {
      return new SourceStatus(
          sourceId, displayName, SourceState.STALE, lastSuccess, lastError, Optional.empty());
    }
    if (silent.compareTo(interval.multipliedBy(2)) > 0) {
      String message =
          displayName
              + ": no report for "
              + silent.toSeconds()
              + " s (polls every "
              + interval.toSeconds()
              + " s)";
      return new SourceStatus(
          sourceId,
          displayName,
          SourceState.STALE,
          lastSuccess,
          Optional.of(message),
          Optional.empty());
    }
    return new SourceStatus(
        sourceId, displayName, SourceState.LIVE, lastSuccess, Optional.empty(), Optional.empty());
  }
}
