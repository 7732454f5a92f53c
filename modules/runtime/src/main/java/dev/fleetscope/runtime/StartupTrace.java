package dev.fleetscope.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dfleetscope.startup.trace=true}, prints how long after the JVM's start each step of
 * startup finished: for finding where a slow start goes on a user's machine.
 */
public final class StartupTrace {
  private static final boolean ON = Boolean.getBoolean("fleetscope.startup.trace");

  private StartupTrace() {}

  public static void mark(String step) {
    if (ON) {
      System.err.printf(
          "[startup] %5d ms  %s%n",
          Duration.between(JvmStart.instant(), Instant.now()).toMillis(), step);
    }
  }
}
