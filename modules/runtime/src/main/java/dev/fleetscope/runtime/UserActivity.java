package dev.fleetscope.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * When the person at the console last used it (a key, a click, the pointer over the window), and
 * whether the window let go of something large since, so that work they would feel, such as a full
 * collection, can wait for a quiet moment. A wall screen, which nobody touches, is always quiet.
 * Any thread.
 */
public final class UserActivity {
  private final LongSupplier nanoTime;
  private volatile long last;
  private final AtomicBoolean letGo = new AtomicBoolean();

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

  /** The window let go of something large (a hidden view's nodes): garbage a collection frees. */
  public void letGo() {
    letGo.set(true);
  }

  /** Whether the window let go of something since the last call. */
  public boolean takeLetGo() {
    return letGo.getAndSet(false);
  }
}
