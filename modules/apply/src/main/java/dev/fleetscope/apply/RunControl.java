package dev.fleetscope.apply;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread cancel a run. A cancelled run sends nothing more; a change already sent is
 * still recorded, and a rollout being awaited goes on in the cluster (the run stops waiting for
 * it).
 */
public final class RunControl {
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private volatile Thread waiter;

  public void cancel() {
    cancelled.countDown();
    Thread waiting = waiter;
    if (waiting != null) {
      waiting.interrupt();
    }
  }

  public boolean cancelled() {
    return cancelled.getCount() == 0;
  }

  /** Sleeps for the pause; returns early, true, when the run is cancelled meanwhile. */
  boolean pause(Duration pause) throws InterruptedException {
    return cancelled.await(pause.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Marks the current thread as interruptible by {@link #cancel()} while it waits on a rollout. */
  void waiting(boolean waiting) {
    waiter = waiting ? Thread.currentThread() : null;
    if (!waiting) {
      Thread.interrupted();
    }
  }
}
