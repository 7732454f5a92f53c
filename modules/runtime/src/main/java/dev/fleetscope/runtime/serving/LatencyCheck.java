package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * For a container a rightsizing would change: how its model's latency behaved, hour by hour over
 * the last day, in the hours its CPU ran near the request proposed for it ({@link
 * LatencyUnderLoad}). The hours end on whole hours, so a day's readings are kept and each new hour
 * reads one window.
 */
public final class LatencyCheck {
  public static final Duration STEP = Duration.ofHours(1);
  public static final int HOURS = 24;

  private final ServingWindows serving;

  public LatencyCheck(ServingWindows serving) {
    this.serving = serving;
  }

  /**
   * The check of {@code container} against {@code requestCores} per replica; empty when its
   * workload serves no model, or it has no CPU history.
   *
   * @throws IOException when the serving source could not be read
   */
  public Optional<LatencyUnderLoad> of(
      FleetSnapshot fleet, ContainerRef container, double requestCores) throws IOException {
    Series cpu = fleet.usage(container).map(u -> u.history(Metric.CPU_CORES)).orElse(Series.EMPTY);
    if (cpu.isEmpty() || fleet.at().equals(Instant.EPOCH)) {
      return Optional.empty();
    }
    Instant end = ServingSeries.alignedEnd(fleet.at(), STEP);
    boolean serves =
        serving.snapshot(end, STEP).models().stream()
            .anyMatch(m -> m.model().workload().equals(Optional.of(container.workload())));
    if (!serves) {
      return Optional.empty(); // one window read, not a day's, for a workload that serves nothing
    }
    ServingSeries day = serving.series(end, STEP, HOURS);
    return LatencyUnderLoad.of(day, container.workload(), cpu, requestCores);
  }
}
