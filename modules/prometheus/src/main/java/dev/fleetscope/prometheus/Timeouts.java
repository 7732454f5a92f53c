package dev.fleetscope.prometheus;

import dev.fleetscope.model.net.Deadlines;
import java.time.Duration;

/**
 * How long to wait and how often to try again.
 *
 * @param deadlines of each request: connect, read (the longest silence once the answer has begun;
 *     before its first byte Prometheus may evaluate for up to {@code query}), and the whole call,
 *     answer streamed to its end included. A request that passes one is not tried again.
 * @param query how long Prometheus may evaluate one query; sent as its {@code timeout} parameter
 *     (never longer than the whole-call deadline), so that the server says so itself
 * @param attempts tries per request; only a 503 (Prometheus overloaded or timed out) is retried
 * @param firstBackoff the wait before the second try; each further wait doubles, up to {@code
 *     maxBackoff}
 */
public record Timeouts(
    Deadlines deadlines, Duration query, int attempts, Duration firstBackoff, Duration maxBackoff) {
  /**
   * History reads stream two weeks of a fleet: the streamed deadlines (3 min in all), 2 min of
   * evaluation, three tries on 503.
   */
  public static final Timeouts DEFAULT =
      new Timeouts(
          Deadlines.STREAMED,
          Duration.ofMinutes(2),
          3,
          Duration.ofMillis(500),
          Duration.ofSeconds(8));

  private static final Duration MAX_ANSWER_MARGIN = Duration.ofSeconds(10);

  public Timeouts {
    if (query.isNegative() || query.isZero()) {
      throw new IllegalArgumentException("the query timeout must be positive, was " + query);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("a request needs at least one attempt, was " + attempts);
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= first <= max, was " + firstBackoff + ".." + maxBackoff);
    }
  }

  public Timeouts withQuery(Duration timeout) {
    return new Timeouts(deadlines, timeout, attempts, firstBackoff, maxBackoff);
  }

  public Timeouts withDeadlines(Deadlines newDeadlines) {
    return new Timeouts(newDeadlines, query, attempts, firstBackoff, maxBackoff);
  }

  public Timeouts withRetries(int attempts, Duration firstBackoff, Duration maxBackoff) {
    return new Timeouts(deadlines, query, attempts, firstBackoff, maxBackoff);
  }

  /** The evaluation timeout sent to Prometheus: the query timeout, within the whole call. */
  Duration serverTimeout() {
    return query.compareTo(deadlines.call()) < 0 ? query : deadlines.call();
  }

  /**
   * The deadlines as applied: the read deadline covers the wait for the first byte too, while
   * Prometheus evaluates, so it is at least the evaluation timeout plus a margin for Prometheus to
   * say that it timed out (as long again, at most 10 s).
   */
  Deadlines applied() {
    Duration server = serverTimeout();
    Duration answer =
        server.plus(server.compareTo(MAX_ANSWER_MARGIN) < 0 ? server : MAX_ANSWER_MARGIN);
    return answer.compareTo(deadlines.read()) > 0 ? deadlines.withRead(answer) : deadlines;
  }

  /** The wait before try number {@code attempt} (2 for the first retry). */
  Duration backoffBefore(int attempt) {
    long factor = 1L << Math.min(attempt - 2, 20);
    Duration wait = firstBackoff.multipliedBy(factor);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
