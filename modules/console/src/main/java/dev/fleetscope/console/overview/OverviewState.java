package dev.fleetscope.console.overview;

import dev.fleetscope.model.Provider;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.fleet.FleetTotals;
import dev.fleetscope.runtime.fleet.FleetTrend;
import dev.fleetscope.runtime.fleet.WastedWorkload;
import java.time.Instant;
import java.util.List;

/** Everything the Overview draws, computed off the FX thread from one snapshot. */
public record OverviewState(
    Instant at,
    FleetTotals totals,
    List<ClusterLine> clusters,
    List<WastedWorkload> waste,
    FleetTrend cpuTrend,
    double idleHourlyCost,
    List<SourceStatus> staleSources) {

  /** One cluster as the Clusters tile lists it. */
  public record ClusterLine(
      String name, Provider provider, String region, int nodes, boolean live, double hourlyCost) {}

  public boolean hasData() {
    return totals.workloads() > 0;
  }
}
