package dev.fleetscope.notifications.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopRateLimiterTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  final DesktopRateLimiter limiter = new DesktopRateLimiter(3, Duration.ofMinutes(1));

  DesktopRateLimiter.Decision offer() {
    return limiter.offer(clock.instant());
  }

  @Test
  void showsAtMostTheLimitPerWindowAndCountsTheRest() {
    for (int i = 0; i < 3; i++) {
      assertEquals(new DesktopRateLimiter.Decision(true, 0), offer());
      clock.advance(Duration.ofSeconds(10));
    }
    assertEquals(new DesktopRateLimiter.Decision(false, 1), offer());
    assertEquals(new DesktopRateLimiter.Decision(false, 2), offer());

    clock.advance(Duration.ofSeconds(30)); // the first is now a minute old
    assertEquals(new DesktopRateLimiter.Decision(true, 2), offer(), "and 2 more held back");
    assertEquals(new DesktopRateLimiter.Decision(false, 1), offer());
  }

  @Test
  void flushesTheHeldBackCountOnceThereIsRoom() {
    for (int i = 0; i < 5; i++) {
      offer();
    }
    assertEquals(Optional.empty(), limiter.flush(clock.instant()), "no room yet");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(Optional.of(2), limiter.flush(clock.instant()));
    assertEquals(Optional.empty(), limiter.flush(clock.instant()), "said once");
  }
}
