package dev.fleetscope.runtime;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the person at the console last used it (a key, a click, the pointer over the window), so
 * that work they would feel, such as a full collection, can wait for a quiet moment. A wall screen,
 * which nobody touches, is always quiet. Any thread.
 */
public final class UserActivity {
  private final LongSupplier nanoTime;
  private volatile long last;

  public UserActivity() {
    this(System::nanoTime);
  }

  UserActivity(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  /** The user did something just now. */
  public void used() {
    last = nanoTime.getAsLong();
  }

  /** Whether nothing was done for at least {@code quiet}. */
  public boolean quietFor(Duration quiet) {
    return nanoTime.getAsLong() - last >= quiet.toNanos();
  }
}
