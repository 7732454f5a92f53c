package dev.fleetscope.notifications.send;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How a webhook is retried after a 429, a 5xx or no answer: exponential from {@code first}, capped
 * at {@code longest}, each wait shortened by a random share of up to {@code jitter} so that many
 * consoles do not retry in step; never shorter than the server's {@code Retry-After}. At most
 * {@code attempts} tries, and none that would start after {@code deadline} from the first.
 *
 * @param random values in [0, 1); a test passes a constant
 */
public record RetryPolicy(
    int attempts,
    Duration first,
    Duration longest,
    double jitter,
    Duration deadline,
    Sleeper sleeper,
    DoubleSupplier random) {

  /** Waits; a test passes one that moves its clock instead. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
  }

  /** Five tries from 1 s, waits of at most 30 s, half of each wait random, 60 s in all. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          5,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          0.5,
          Duration.ofSeconds(60),
          Sleeper.REAL,
          () -> ThreadLocalRandom.current().nextDouble());

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("a webhook needs at least one try, was " + attempts);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter is a share between 0 and 1, was " + jitter);
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("a webhook's deadline must be positive, was " + deadline);
    }
  }

  /** The wait after try number {@code attempt} (counting from 1). */
  public Duration delay(int attempt, Optional<Duration> retryAfter) {
    Duration exponential = first.multipliedBy(1L << Math.min(attempt - 1, 20));
    Duration capped = exponential.compareTo(longest) > 0 ? longest : exponential;
    Duration jittered =
        Duration.ofMillis(Math.round(capped.toMillis() * (1 - jitter * random.getAsDouble())));
    return retryAfter.filter(ra -> ra.compareTo(jittered) > 0).orElse(jittered);
  }
}
