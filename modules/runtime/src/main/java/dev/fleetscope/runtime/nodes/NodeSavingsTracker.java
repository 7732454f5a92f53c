package dev.fleetscope.runtime.nodes;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the fleet's node rightsizing current on a thread of its own: once the fleet has usage
 * history, the engine recommends requests (the default Fleetscope strategy, as the Cost view's
 * savings do) and every cluster is packed at today's and at those requests ({@link
 * FleetNodeRightsizing}); again every {@link #EVERY} of fleet time, or when asked. One run at a
 * time; once a report is ready, the next run's progress does not replace it, its result does.
 */
public final class NodeSavingsTracker implements AutoCloseable {
  static final Duration EVERY = Duration.ofMinutes(10);

  /** The share of a run's progress bar the engine takes; packing takes the rest. */
  private static final double ENGINE_SHARE = 0.5;

  private static final double PROGRESS_STEP = 0.02;

  /** Where the prices come from: read on the worker, since it may read a file. */
  public interface PricingSource {
    NodePricing current() throws IOException;
  }

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("node-rightsizing").factory());
  private final AtomicBoolean running = new AtomicBoolean();
  private final PricingSource pricing;
  private final Consumer<NodeEstimate> publish;
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile Instant lastRun;
  private volatile boolean ready;
  private volatile boolean closed;

  public NodeSavingsTracker(PricingSource pricing, Consumer<NodeEstimate> publish) {
    this.pricing = pricing;
    this.publish = publish;
  }

  /** Looks at a snapshot: starts a run when one is due, else says what it waits for. */
  public void offer(FleetSnapshot snapshot) {
    latest = snapshot;
    if (!hasHistory(snapshot)) {
      if (!snapshot.clusters().isEmpty() && !ready) {
        publish.accept(new NodeEstimate.Waiting("waiting for usage history"));
      }
      return;
    }
    Instant last = lastRun;
    if (last == null || Duration.between(last, snapshot.at()).compareTo(EVERY) >= 0) {
      start(snapshot);
    }
  }

  /** Runs again on the latest snapshot now (prices were refreshed, the user asked). */
  public void recompute() {
    if (hasHistory(latest)) {
      start(latest);
    }
  }

  private void start(FleetSnapshot snapshot) {
    if (closed || !running.compareAndSet(false, true)) {
      return;
    }
    lastRun = snapshot.at();
    worker.execute(() -> run(snapshot));
  }

  private void run(FleetSnapshot snapshot) {
    long start = System.nanoTime();
    try {
      double[] shown = {-1};
      Consumer<Progress> engine = p -> show(shown, p.task(), p.fraction() * ENGINE_SHARE);
      RecommendedRequests recommended =
          RecommendedRequests.of(
              new FleetRightsizer(FleetscopeStrategy.DEFAULT)
                  .recommend(snapshot, engine, () -> closed));
      if (!ready) {
        publish.accept(
            new NodeEstimate.Computing(new Progress("Reading the instance prices", ENGINE_SHARE)));
      }
      NodePricing prices = pricing.current();
      Consumer<Progress> packing =
          p -> show(shown, p.task(), ENGINE_SHARE + p.fraction() * (1 - ENGINE_SHARE));
      FleetNodeReport report =
          new FleetNodeRightsizing().compare(snapshot, recommended, prices, packing, () -> closed);
      ready = true;
      publish.accept(new NodeEstimate.Ready(report, Duration.ofNanos(System.nanoTime() - start)));
    } catch (CancellationException e) {
      // closed while running: nobody is looking any more
    } catch (IOException | UncheckedIOException e) {
      publish.accept(
          new NodeEstimate.Failed("the instance prices could not be read: " + e.getMessage()));
    } catch (RuntimeException e) {
      publish.accept(new NodeEstimate.Failed(String.valueOf(e.getMessage())));
    } finally {
      running.set(false);
    }
  }

  private void show(double[] shown, String task, double fraction) {
    if (!ready && (fraction - shown[0] >= PROGRESS_STEP || fraction >= 1)) {
      shown[0] = fraction;
      publish.accept(new NodeEstimate.Computing(new Progress(task, Math.min(1, fraction))));
    }
  }

  static boolean hasHistory(FleetSnapshot snapshot) {
    return snapshot.usage().values().stream().anyMatch(u -> !u.history(Metric.CPU_CORES).isEmpty());
  }

  @Override
  public void close() {
    closed = true;
    worker.shutdownNow();
  }
}
