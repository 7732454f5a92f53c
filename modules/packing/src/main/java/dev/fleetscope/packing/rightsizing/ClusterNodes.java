package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.DaemonSetOverhead;
import java.util.List;

/**
 * A cluster's nodes and pods today, the input of {@link NodeRightsizing}. Prices are per hour, in
 * the currency of the node types; the DaemonSet overhead is what DaemonSets take on every node.
 */
public record ClusterNodes(
    String cluster,
    List<CurrentNode> nodes,
    List<ScheduledPod> pods,
    List<PodDisruptionBudget> budgets,
    DaemonSetOverhead overhead) {
  public ClusterNodes {
    nodes = List.copyOf(nodes);
    pods = List.copyOf(pods);
    budgets = List.copyOf(budgets);
  }

  public double costPerHour() {
    return nodes.stream().mapToDouble(n -> n.type().pricePerHour()).sum();
  }
}
