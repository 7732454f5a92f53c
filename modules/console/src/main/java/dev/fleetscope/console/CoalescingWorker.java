package dev.fleetscope.console;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A view-model's background thread: one named virtual thread that runs work in the order it is
 * given, off the FX thread. A {@link Task} asked for again while it is still queued runs once,
 * since it reads the latest inputs when it runs anyway: a burst of snapshots or keystrokes costs
 * one rebuild, not one each. Once closed, nothing new runs.
 *
 * <pre>{@code
 * CoalescingWorker worker = new CoalescingWorker("utilization");
 * Task rebuild = worker.task(this::rebuildTree);
 * rebuild.schedule(); // from any thread, as often as inputs change
 * }</pre>
 */
public final class CoalescingWorker implements AutoCloseable {
  private final ExecutorService executor;

  public CoalescingWorker(String threadName) {
    this.executor =
        Executors.newSingleThreadExecutor(Thread.ofVirtual().name(threadName).factory());
  }

  /** Work that is queued at most once at a time on this worker. */
  public Task task(Runnable work) {
    return new Task(work);
  }

  /** Queues this work behind what is queued, every time; dropped once the worker is closed. */
  public void execute(Runnable work) {
    try {
      executor.execute(work);
    } catch (RejectedExecutionException closed) {
      // Closed: the view-model is gone, so is whoever wanted the result.
    }
  }

  public boolean isClosed() {
    return executor.isShutdown();
  }

  /** Interrupts the work under way and drops what is queued. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  /**
   * Runs {@code last} after everything queued (to close what the worker owns, on the thread that
   * uses it), then waits up to {@code patience} for it to end.
   */
  public void closeAfter(Runnable last, Duration patience) {
    execute(last);
    executor.shutdown();
    try {
      executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One kind of work on this worker, queued at most once: see {@link #schedule()}. */
  public final class Task {
    private final Runnable work;
    private final AtomicBoolean queued = new AtomicBoolean();

    private Task(Runnable work) {
      this.work = work;
    }

    /**
     * Whether a run is queued and not yet started: a long run of the same work can stop early,
     * since the queued one starts over from the latest inputs.
     */
    public boolean isQueued() {
      return queued.get();
    }

    /** Queues the work unless it is queued already; returns at once, from any thread. */
    public void schedule() {
      if (queued.compareAndSet(false, true)) {
        execute(
            () -> {
              queued.set(false);
              work.run();
            });
      }
    }
  }
}
