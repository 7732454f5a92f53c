package dev.fleetscope.simulator;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded demo fleet as a source. The first poll answers at once with the live fleet and
 * starts recording its 14 days of history in the background; later polls carry the history once it
 * is there.
 */
public final class DemoFleetSource implements FleetSource {
  public static final String ID = "demo";

  private final long seed;
  private final Clock clock;
  private final Duration interval;
  private volatile Simulator simulator;
  private volatile Thread historyBuilder;

  /**
   * Cheap: the fleet is built by the first poll, on the source's own thread, not by whoever creates
   * the source.
   */
  public DemoFleetSource(long seed, Clock clock, Duration interval) {
    this.seed = seed;
    this.clock = clock;
    this.interval = interval;
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
    if (historyBuilder == null) {
      historyBuilder = Thread.ofPlatform().name("demo-history").daemon().start(sim::buildHistory);
    } else if (sim.historyReady()) {
      sim.advance();
    }
    return sim.snapshot(ID);
  }

  @Override
  public Optional<Progress> progress() {
    Simulator sim = simulator;
    return sim == null || sim.historyReady() || historyBuilder == null
        ? Optional.empty()
        : Optional.of(new Progress("Recording 14 days of demo history", sim.historyProgress()));
  }

  /** Waits until the history is recorded; for tests and the command line, never the FX thread. */
  public void awaitHistory() throws InterruptedException {
    synchronized (this) {
      if (historyBuilder == null) {
        poll();
      }
    }
    historyBuilder.join();
  }

  /** The simulator behind the source, built on first use. */
  public synchronized Simulator simulator() {
    if (simulator == null) {
      simulator = new Simulator(seed, clock);
    }
    return simulator;
  }
}
