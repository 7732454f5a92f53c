package dev.fleetscope.runtime.cost;

import dev.fleetscope.model.FleetSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the savings estimate current: runs the engine ({@link SavingsRun}) on its own thread once
 * the fleet has usage history, then again every {@link #EVERY} of fleet time, one run at a time.
 * Once an estimate is ready, the next run's progress does not replace it; its result does.
 */
public final class SavingsTracker implements AutoCloseable {
  static final Duration EVERY = Duration.ofMinutes(10);
  private static final double PROGRESS_STEP = 0.02;

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("cost-savings").factory());
  private final AtomicBoolean running = new AtomicBoolean();
  private final Consumer<SavingsEstimate> publish;
  private SavingsRun engine;
  private volatile Instant lastRun;
  private volatile boolean ready;
  private volatile boolean closed;

  public SavingsTracker(Consumer<SavingsEstimate> publish) {
    this.publish = publish;
  }

  /** Looks at a snapshot: starts a run when one is due, else says what it waits for. */
  public void offer(FleetSnapshot snapshot) {
    if (!SavingsRun.hasHistory(snapshot)) {
      if (!snapshot.clusters().isEmpty() && !ready) {
        publish.accept(new SavingsEstimate.Waiting("waiting for usage history"));
      }
      return;
    }
    Instant last = lastRun;
    if (closed
        || last != null && Duration.between(last, snapshot.at()).compareTo(EVERY) < 0
        || !running.compareAndSet(false, true)) {
      return;
    }
    lastRun = snapshot.at();
    worker.execute(() -> run(snapshot));
  }

  private void run(FleetSnapshot snapshot) {
    try {
      if (engine == null) {
        engine = new SavingsRun();
      }
      double[] shown = {-1};
      SavingsEstimate result =
          engine.run(
              snapshot,
              p -> {
                if (p - shown[0] >= PROGRESS_STEP && !ready) {
                  shown[0] = p;
                  publish.accept(new SavingsEstimate.Computing(p));
                }
              },
              () -> closed);
      ready = true;
      publish.accept(result);
    } catch (CancellationException e) {
      // closed while running: nobody is looking any more
    } catch (RuntimeException e) {
      publish.accept(new SavingsEstimate.Failed(String.valueOf(e.getMessage())));
    } finally {
      running.set(false);
    }
  }

  @Override
  public void close() {
    closed = true;
    worker.shutdownNow();
  }
}
