package dev.fleetscope.console;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo fleet's clusters and instant readings as they stand on the simulator's clock, without
 * recording its fourteen days of history: for console tests that need the fleet's shape, not its
 * usage history.
 */
public record DemoWithoutHistory(Simulator simulator, Duration interval) implements FleetSource {
  /** The default seed's fleet at {@code clock}, polled every second. */
  public static DemoWithoutHistory at(Clock clock) {
    return new DemoWithoutHistory(
        new Simulator(Simulator.DEFAULT_SEED, clock), Duration.ofSeconds(1));
  }

  /**
   * A console on this fleet at {@code clock}, polled once and running, without pipelines, its
   * settings and data in {@code folder}.
   */
  public static ConsoleOptions console(Clock clock, Path folder) {
    FleetSource demo = at(clock);
    LiveFleet fleet = new LiveFleet(List.of(demo), clock);
    fleet.pollOnce(demo);
    fleet.start();
    return new ConsoleOptions(
        fleet,
        PipelineSetup.none(clock),
        new AppDirs(folder, folder),
        false,
        Instant.now(),
        System.out);
  }

  @Override
  public String id() {
    return DemoFleetSource.ID;
  }

  @Override
  public String displayName() {
    return "Demo fleet";
  }

  @Override
  public FleetSnapshot poll() {
    return simulator.snapshot(id());
  }
}
