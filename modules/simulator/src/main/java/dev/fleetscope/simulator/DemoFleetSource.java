package dev.fleetscope.simulator;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The embedded demo fleet as a source. The first poll answers at once with the live fleet and
 * starts recording its 14 days of history in the background (or, for the console, once it is told
 * to: {@link #holdingHistory}); later polls carry the history once it is there.
 */
public final class DemoFleetSource implements FleetSource {
  public static final String ID = "demo";

  private final long seed;
  private final Clock clock;
  private final Duration interval;
  private final CompletableFuture<Void> historyMayStart;
  private volatile Simulator simulator;
  private volatile CompletableFuture<Void> history;

  /**
   * Cheap: the fleet is built by the first poll, on the source's own thread, not by whoever creates
   * the source.
   */
  public DemoFleetSource(long seed, Clock clock, Duration interval) {
    this(seed, clock, interval, CompletableFuture.completedFuture(null));
  }

  private DemoFleetSource(
      long seed, Clock clock, Duration interval, CompletableFuture<Void> historyMayStart) {
    this.seed = seed;
    this.clock = clock;
    this.interval = interval;
    this.historyMayStart = historyMayStart;
  }

  /**
   * A demo fleet that records its history only after {@link #startHistory()}: on two cores the
   * recording took a third of the CPU the console's first frame waited for (first live frame 1.63 s
   * with it, 1.14 s without, docs/performance.md).
   */
  public static DemoFleetSource holdingHistory(long seed, Clock clock, Duration interval) {
    return new DemoFleetSource(seed, clock, interval, new CompletableFuture<>());
  }

  /** Lets a source made by {@link #holdingHistory} record its history; any thread, idempotent. */
  public void startHistory() {
    historyMayStart.complete(null);
  }

  public static DemoFleetSource standard() {
    return new DemoFleetSource(Simulator.DEFAULT_SEED, Clock.systemUTC(), Duration.ofSeconds(2));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Demo fleet";
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public synchronized FleetSnapshot poll() {
    Simulator sim = simulator();
    if (history == null) {
      history =
          historyMayStart.thenRunAsync(
              sim::buildHistory,
              task -> Thread.ofPlatform().name("demo-history").daemon().start(task));
      // a future keeps its failure to itself: the log says why the history never came
      history.exceptionally(
          e -> {
            System.getLogger(DemoFleetSource.class.getName())
                .log(System.Logger.Level.ERROR, "the demo history could not be recorded", e);
            return null;
          });
    } else if (sim.historyReady()) {
      sim.advance();
    }
    return sim.snapshot(ID);
  }

  @Override
  public Optional<Progress> progress() {
    Simulator sim = simulator;
    return sim == null || sim.historyReady() || history == null
        ? Optional.empty()
        : Optional.of(new Progress("Recording 14 days of demo history", sim.historyProgress()));
  }

  /**
   * Waits until the history is recorded; for tests and the command line (whose sources do not hold
   * it), never the FX thread.
   */
  public void awaitHistory() throws InterruptedException {
    synchronized (this) {
      if (history == null) {
        poll();
      }
    }
    try {
      history.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the demo history could not be recorded", e.getCause());
    }
  }

  /** The simulator behind the source, built on first use. */
  public synchronized Simulator simulator() {
    if (simulator == null) {
      simulator = new Simulator(seed, clock);
    }
    return simulator;
  }
}
