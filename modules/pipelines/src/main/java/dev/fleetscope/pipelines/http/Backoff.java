package dev.fleetscope.pipelines.http;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before asking again after a 429 or 503: the server's {@code Retry-After} when it
 * gives one, else exponential from {@code first}; never longer than {@code longest}, at most {@code
 * attempts} tries in all.
 */
public record Backoff(int attempts, Duration first, Duration longest, Sleeper sleeper) {

  /** Waits; a test passes one that only records. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
  }

  public static final Backoff DEFAULT =
      new Backoff(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Sleeper.REAL);

  public Backoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("backoff needs at least one attempt, was " + attempts);
    }
  }

  /** The wait before try number {@code attempt + 1} (attempt counts from 1). */
  public Duration delay(int attempt, Optional<Duration> retryAfter) {
    Duration wanted =
        retryAfter.orElseGet(() -> first.multipliedBy(1L << Math.min(attempt - 1, 20)));
    return wanted.compareTo(longest) > 0 ? longest : wanted;
  }
}
