package dev.fleetscope.pipelines;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * From when a source asks for runs. The first poll reaches back over the whole history; later polls
 * ask only for what was created (or updated) since the previous poll, reaching further back to the
 * oldest run that was still open then, so its end is seen, and overlapping by a margin for clock
 * skew. Duplicates are harmless: a {@link RunBook} keeps one run per id.
 */
public final class PollWindow {
  private static final Duration OVERLAP = Duration.ofMinutes(1);

  private final Duration history;
  private Optional<Instant> lastPoll = Optional.empty();
  private Optional<Instant> oldestOpen = Optional.empty();

  public PollWindow(Duration history) {
    if (history.isNegative() || history.isZero()) {
      throw new IllegalArgumentException("history window must be positive, was " + history);
    }
    this.history = history;
  }

  public Duration history() {
    return history;
  }

  public Instant horizon(Instant now) {
    return now.minus(history);
  }

  /** The earliest creation (or update) time the next request must cover. */
  public Instant since(Instant now) {
    Instant horizon = horizon(now);
    if (lastPoll.isEmpty()) {
      return horizon;
    }
    Instant from =
        oldestOpen.filter(o -> o.isBefore(lastPoll.get())).orElse(lastPoll.get()).minus(OVERLAP);
    return from.isBefore(horizon) ? horizon : from;
  }

  /**
   * Records a complete poll.
   *
   * @param at the server's time when the poll began (its {@code Date} header), else ours
   * @param openSince when each run still open was created
   */
  public void polled(Instant at, Collection<Instant> openSince) {
    lastPoll = Optional.of(at);
    oldestOpen = openSince.stream().min(Instant::compareTo);
  }

  public boolean first() {
    return lastPoll.isEmpty();
  }
}
