package dev.fleetscope.app;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dfleetscope.startup.trace=true}, prints how long after the process start each step of startup
 * finished: for finding where a slow start goes on a user's machine.
 */
public final class StartupTrace {
  private static final boolean ON = Boolean.getBoolean("fleetscope.startup.trace");
  private static final Instant PROCESS_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

  private StartupTrace() {}

  public static void mark(String step) {
    if (ON) {
      System.err.printf("[startup] %5d ms  %s%n", Duration.between(PROCESS_START, Instant.now()).toMillis(), step);
    }
  }
}
