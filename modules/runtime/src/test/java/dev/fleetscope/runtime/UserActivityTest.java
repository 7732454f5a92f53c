package dev.fleetscope.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserActivityTest {
  @Test
  void quietOnlyOnceNothingWasDoneForTheWholeSpan() {
    long[] now = {1_000};
    UserActivity activity = new UserActivity(() -> now[0]);
    Duration quiet = Duration.ofNanos(100);
    assertFalse(activity.quietFor(quiet), "a window just opened is in use");
    now[0] += 100;
    assertTrue(activity.quietFor(quiet));
    activity.used();
    now[0] += 99;
    assertFalse(activity.quietFor(quiet));
    now[0] += 1;
    assertTrue(activity.quietFor(quiet));
  }
}
