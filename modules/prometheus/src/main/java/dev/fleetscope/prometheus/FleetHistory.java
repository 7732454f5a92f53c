package dev.fleetscope.prometheus;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import java.util.List;
import java.util.Map;

/**
 * A fleet's history as one Prometheus holds it: per workload container ({@code
 * cluster/namespace/owner/container}) the usage series and OOM kills over the window, the share of
 * CPU periods throttled, and the clusters with their workloads (requests, limits, HPAs, pods) as
 * they are at the window's end.
 *
 * @param grid the evaluation times; sample {@code i} of every series covers the step ending at
 *     point {@code i}
 * @param cpuThrottling the share (0..1) of CFS periods throttled over the window, for containers
 *     with a CPU limit
 * @param annotations the warnings and infos Prometheus attached, each prefixed with its query's
 *     name
 * @param requests HTTP requests sent, retries and range pieces included
 * @param unattributedSeries usage series whose pod has no owner Fleetscope models (a bare pod, a
 *     custom controller)
 */
public record FleetHistory(
    StepGrid grid,
    List<Cluster> clusters,
    Map<ContainerRef, ContainerUsage> usage,
    Map<ContainerRef, Double> cpuThrottling,
    Annotations annotations,
    long requests,
    int unattributedSeries) {

  public FleetHistory {
    clusters = List.copyOf(clusters);
    usage = Map.copyOf(usage);
    cpuThrottling = Map.copyOf(cpuThrottling);
  }

  /**
   * The history as a snapshot at the window's end, as the console's views and the rightsizing
   * engine read it.
   */
  public FleetSnapshot toSnapshot() {
    return new FleetSnapshot(grid.last(), clusters, usage, List.of());
  }
}
