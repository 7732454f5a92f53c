package dev.fleetscope.prometheus;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import java.util.List;
import java.util.Map;

/**
 * A fleet's usage over a window summarised by Prometheus itself (the server-side mode): per
 * workload container the quantiles of each metric's per-step usage, the OOM kills counted, and the
 * share of CPU periods throttled, beside the clusters as they are at the window's end.
 */
public record FleetQuantiles(
    StepGrid grid,
    List<Cluster> clusters,
    Map<ContainerRef, UsageQuantiles> usage,
    Map<ContainerRef, Integer> oomKills,
    Map<ContainerRef, Double> cpuThrottling,
    Annotations annotations,
    long requests) {

  public FleetQuantiles {
    clusters = List.copyOf(clusters);
    usage = Map.copyOf(usage);
    oomKills = Map.copyOf(oomKills);
    cpuThrottling = Map.copyOf(cpuThrottling);
  }
}
