package dev.fleetscope.simulator;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded demo fleet as a source. The first poll answers at once with the live fleet and starts recording
 * its 14 days of history in the background; later polls carry the history once it is there.
 */
public final class DemoFleetSource implements FleetSource {
  public static final String ID = "demo";

  private final Simulator simulator;
  private final Duration interval;
  private Thread historyBuilder;

  public DemoFleetSource(long seed, Clock clock, Duration interval) {
    this.simulator = new Simulator(seed, clock);
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
    if (historyBuilder == null) {
      historyBuilder = Thread.ofPlatform().name("demo-history").daemon().start(simulator::buildHistory);
    } else if (simulator.historyReady()) {
      simulator.advance();
    }
    return simulator.snapshot(ID);
  }

  @Override
  public Optional<Progress> progress() {
    return simulator.historyReady() || historyBuilder == null
        ? Optional.empty()
        : Optional.of(new Progress("Recording 14 days of demo history", simulator.historyProgress()));
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

  public Simulator simulator() {
    return simulator;
  }
}
