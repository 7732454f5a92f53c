package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo fleet at a fixed instant, with its history recorded, as the console's sources see it.
 */
final class DemoFleetServing {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static final Simulator SIMULATOR = simulator();
  static final FleetSnapshot FLEET =
      SIMULATOR
          .snapshot(DemoFleetSource.ID)
          .withSources(List.of(SourceStatus.connecting(DemoFleetSource.ID, "Demo fleet")));

  private DemoFleetServing() {}

  private static Simulator simulator() {
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC));
    simulator.buildHistory();
    return simulator;
  }
}
