package dev.fleetscope.cost.allocation;

import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A cluster's node cost per hour, allocated: to workloads, and the rest left as idle per node,
 * visible rather than spread over the workloads. Workloads plus idle add up to the nodes' price.
 */
public record ClusterCost(
    String cluster,
    Currency currency,
    List<WorkloadCost> workloads,
    Map<String, PartCost> idleByNode) {
  public ClusterCost {
    workloads = List.copyOf(workloads);
    idleByNode = Map.copyOf(idleByNode);
  }

  public PartCost allocated() {
    return workloads.stream().map(WorkloadCost::perHour).reduce(PartCost.ZERO, PartCost::plus);
  }

  public PartCost idle() {
    return idleByNode.values().stream().reduce(PartCost.ZERO, PartCost::plus);
  }
}
