package dev.fleetscope.updates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DailyThrottleTest {
  private static final Instant LAST = Instant.parse("2027-03-01T08:30:00Z");

  @Test
  void aFirstCheckIsDue() {
    assertTrue(DailyThrottle.due(Optional.empty(), LAST));
  }

  @Test
  void theNextCheckIsDueADayAfterTheLast() {
    assertFalse(DailyThrottle.due(Optional.of(LAST), LAST.plus(Duration.ofHours(23))));
    assertFalse(DailyThrottle.due(Optional.of(LAST), LAST.plus(Duration.ofDays(1)).minusMillis(1)));
    assertTrue(DailyThrottle.due(Optional.of(LAST), LAST.plus(Duration.ofDays(1))));
  }

  @Test
  void aLastCheckInTheFutureDoesNotSilenceChecks() {
    assertTrue(DailyThrottle.due(Optional.of(LAST), LAST.minus(Duration.ofMinutes(5))));
  }

  @Property
  void atMostOneCheckInAnyDay(@ForAll @LongRange(min = 0, max = 3 * 86_400_000L) long millisLater) {
    Instant now = LAST.plusMillis(millisLater);
    boolean due = DailyThrottle.due(Optional.of(LAST), now);
    if (millisLater < 86_400_000L) {
      assertFalse(due, "checked again after " + millisLater + " ms");
    } else {
      assertTrue(due, "no check after " + millisLater + " ms");
    }
  }
}
