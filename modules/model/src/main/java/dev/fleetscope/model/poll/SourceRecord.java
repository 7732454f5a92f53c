package dev.fleetscope.model.poll;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link SourcePoller} knows of one source: its last good answer, when that was, and the
 * last error. Immutable; each poll makes the next record.
 */
record SourceRecord<A>(
    PolledSource<A> source,
    Optional<A> lastAnswer,
    Optional<Instant> lastSuccess,
    Optional<String> error) {

  static <A> SourceRecord<A> fresh(PolledSource<A> source) {
    return new SourceRecord<>(source, Optional.empty(), Optional.empty(), Optional.empty());
  }

  SourceRecord<A> answered(A answer, Instant at) {
    return new SourceRecord<>(source, Optional.of(answer), Optional.of(at), Optional.empty());
  }

  /** Keeps the last good answer: a failing source goes stale, it does not blank. */
  SourceRecord<A> failed(Exception e) {
    return new SourceRecord<>(source, lastAnswer, lastSuccess, Optional.of(describe(e)));
  }

  SourceReport<A> report(Instant now, Staleness staleness) {
    return new SourceReport<>(source.id(), lastAnswer, status(now, staleness));
  }

  /**
   * Connecting until the first answer (failed if the first poll failed); live while answers come
   * within the staleness; stale, with the reason, once a poll failed or the source went silent.
   */
  private SourceStatus status(Instant now, Staleness staleness) {
    SourceState state;
    Optional<String> message = error;
    if (lastSuccess.isEmpty()) {
      state = error.isPresent() ? SourceState.FAILED : SourceState.CONNECTING;
    } else if (error.isPresent()) {
      state = SourceState.STALE;
    } else {
      Duration silent = Duration.between(lastSuccess.get(), now);
      if (silent.compareTo(staleness.after(source.interval())) > 0) {
        state = SourceState.STALE;
        message =
            Optional.of(
                source.displayName()
                    + ": no report for "
                    + spoken(silent)
                    + " (polls every "
                    + spoken(source.interval())
                    + ")");
      } else {
        state = SourceState.LIVE;
      }
    }
    return new SourceStatus(
        source.id(), source.displayName(), state, lastSuccess, message, source.progress());
  }

  /** The error as a person reads it, naming the source once. */
  private String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.startsWith(source.displayName())
        ? message
        : source.displayName() + ": " + message;
  }

  private static String spoken(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }
}
