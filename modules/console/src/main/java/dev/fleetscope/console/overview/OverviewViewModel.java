package dev.fleetscope.console.overview;

import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.runtime.fleet.FleetTotals;
import dev.fleetscope.runtime.fleet.FleetTrend;
import dev.fleetscope.runtime.fleet.StatsCache;
import dev.fleetscope.runtime.fleet.WastedWorkload;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Turns fleet snapshots into the Overview's state. {@link #compute} runs on the source's thread (it
 * sums the whole fleet); only the finished state crosses to the FX thread.
 */
public final class OverviewViewModel {
  private static final int TOP_WASTE = 8;

  private final StatsCache stats;
  private final ReadOnlyObjectWrapper<OverviewState> state = new ReadOnlyObjectWrapper<>();
  private final Consumer<OverviewState> toFx = new FxLatest<>(state::set);

  public OverviewViewModel(StatsCache stats) {
    this.stats = stats;
  }

  /** Feed this snapshots from any thread. */
  public void accept(FleetSnapshot snapshot) {
    toFx.accept(compute(snapshot));
  }

  public ReadOnlyObjectProperty<OverviewState> state() {
    return state.getReadOnlyProperty();
  }

  OverviewState compute(FleetSnapshot snapshot) {
    FleetTotals totals = FleetTotals.of(snapshot);
    var clusters =
        snapshot.clusters().stream()
            .map(
                c ->
                    new OverviewState.ClusterLine(
                        c.name(),
                        c.provider(),
                        c.region(),
                        c.nodes().size(),
                        snapshot.isLive(c),
                        c.hourlyCost()))
            .toList();
    double idleCost = FleetTotals.idleHourlyCost(snapshot);
    var stale =
        snapshot.sources().stream()
            .filter(s -> s.state() == SourceState.STALE || s.state() == SourceState.FAILED)
            .toList();
    return new OverviewState(
        snapshot.at(),
        totals,
        clusters,
        WastedWorkload.top(snapshot, stats, TOP_WASTE),
        FleetTrend.cpu(snapshot, Duration.ofHours(24), Duration.ofMinutes(20)),
        idleCost,
        stale);
  }
}
