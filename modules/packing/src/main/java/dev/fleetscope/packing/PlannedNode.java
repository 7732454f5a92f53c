package dev.fleetscope.packing;

import java.util.List;

/**
 * A node of the packing: its type, the zone it runs in (empty when no pod on it needs one and its
 * type names none) and the pods placed on it.
 *
 * @param fixed whether this is one of the problem's fixed nodes
 */
public record PlannedNode(
    String name, NodeType type, String zone, List<String> pods, boolean fixed) {
  public PlannedNode {
    pods = List.copyOf(pods);
  }
}
