package dev.fleetscope.prometheus;

import java.time.Duration;

/**
 * How long to wait and how often to try again.
 *
 * @param connect to open a connection
 * @param query how long Prometheus may evaluate one query; sent as its {@code timeout} parameter,
 *     and the client waits a little longer for the answer
 * @param attempts tries per request; only a 503 (Prometheus overloaded or timed out) or a timeout
 *     is retried
 * @param firstBackoff the wait before the second try; each further wait doubles, up to {@code
 *     maxBackoff}
 */
public record Timeouts(
    Duration connect, Duration query, int attempts, Duration firstBackoff, Duration maxBackoff) {
  public static final Timeouts DEFAULT =
      new Timeouts(
          Duration.ofSeconds(5),
          Duration.ofMinutes(2),
          3,
          Duration.ofMillis(500),
          Duration.ofSeconds(8));

  private static final Duration MAX_ANSWER_MARGIN = Duration.ofSeconds(10);

  public Timeouts {
    if (connect.isNegative() || connect.isZero() || query.isNegative() || query.isZero()) {
      throw new IllegalArgumentException(
          "timeouts must be positive, were connect " + connect + ", query " + query);
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
    return new Timeouts(connect, timeout, attempts, firstBackoff, maxBackoff);
  }

  public Timeouts withRetries(int attempts, Duration firstBackoff, Duration maxBackoff) {
    return new Timeouts(connect, query, attempts, firstBackoff, maxBackoff);
  }

  /**
   * How long the client waits for an answer: the query timeout and a margin for Prometheus to say
   * that it timed out (as long again, at most 10 s).
   */
  Duration answer() {
    return query.plus(query.compareTo(MAX_ANSWER_MARGIN) < 0 ? query : MAX_ANSWER_MARGIN);
  }

  /** The wait before try number {@code attempt} (2 for the first retry). */
  Duration backoffBefore(int attempt) {
    long factor = 1L << Math.min(attempt - 2, 20);
    Duration wait = firstBackoff.multipliedBy(factor);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
