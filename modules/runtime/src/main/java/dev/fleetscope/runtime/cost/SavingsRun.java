package dev.fleetscope.runtime.cost;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.FleetRecommendations;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The savings of the current recommendations: the engine's {@link FleetRightsizer} with the default
 * Fleetscope strategy over the whole snapshot (every container with a history, each recommendation
 * replayed against that history and priced at its cluster's node prices). The same numbers the
 * Recommendations view lists.
 */
final class SavingsRun {
  private final FleetRightsizer rightsizer = new FleetRightsizer(FleetscopeStrategy.DEFAULT);

  /**
   * Whether the snapshot carries usage history to recommend from (the demo records it after
   * startup).
   */
  static boolean hasHistory(FleetSnapshot snapshot) {
    return snapshot.usage().values().stream().anyMatch(u -> !u.history(Metric.CPU_CORES).isEmpty());
  }

  SavingsEstimate run(
      FleetSnapshot snapshot, Consumer<Double> progress, BooleanSupplier cancelled) {
    long start = System.nanoTime();
    FleetRecommendations result =
        rightsizer.recommend(snapshot, p -> progress.accept(p.fraction()), cancelled);
    int saving = (int) result.containers().stream().filter(c -> c.savingsPerMonth() > 0).count();
    int raising = (int) result.containers().stream().filter(c -> c.savingsPerMonth() < 0).count();
    return new SavingsEstimate.Ready(
        result.savingsPerMonth(),
        saving,
        raising,
        result.containers().size(),
        result.strategy(),
        snapshot.at(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
