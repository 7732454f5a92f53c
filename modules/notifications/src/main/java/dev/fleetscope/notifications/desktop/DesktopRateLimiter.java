package dev.fleetscope.notifications.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limit} desktop notifications in any {@code window}: a storm of alerts becomes a
 * few notifications and a count of the rest, not a screen of toasts. Pure: every call is given its
 * instant. Thread-safe.
 */
public final class DesktopRateLimiter {
  /**
   * @param show whether to show this notification
   * @param heldBack notifications held back before it (when shown: since the last one shown, for an
   *     "and 4 more"); when not shown, how many are held back now, this one included
   */
  public record Decision(boolean show, int heldBack) {}

  private final int limit;
  private final Duration window;
  private final Deque<Instant> shown = new ArrayDeque<>();
  private int heldBack;

  public DesktopRateLimiter(int limit, Duration window) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "a rate limit allows at least one notification per positive window, was "
              + limit
              + " per "
              + window);
    }
    this.limit = limit;
    this.window = window;
  }

  /** Three notifications a minute. */
  public static DesktopRateLimiter standard() {
    return new DesktopRateLimiter(3, Duration.ofMinutes(1));
  }

  public synchronized Decision offer(Instant now) {
    forget(now);
    if (shown.size() < limit) {
      shown.addLast(now);
      int before = heldBack;
      heldBack = 0;
      return new Decision(true, before);
    }
    heldBack++;
    return new Decision(false, heldBack);
  }

  /**
   * When notifications were held back and one may be shown again: their count, for one summary
   * notification ("4 more alerts"), which takes a place in the window. Empty otherwise.
   */
  public synchronized Optional<Integer> flush(Instant now) {
    forget(now);
    if (heldBack == 0 || shown.size() >= limit) {
      return Optional.empty();
    }
    shown.addLast(now);
    int count = heldBack;
    heldBack = 0;
    return Optional.of(count);
  }

  private void forget(Instant now) {
    Instant from = now.minus(window);
    while (!shown.isEmpty() && !shown.peekFirst().isAfter(from)) {
      shown.removeFirst();
    }
  }
}
