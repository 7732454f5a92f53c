package dev.fleetscope.packing;

import java.util.List;

/**
 * A node that stays whatever the packing does (it holds a pod that cannot move: a disruption budget
 * at zero, local storage). Its pinned pods stay on it; it is paid for and the packer may fill its
 * free room with other pods.
 */
public record FixedNode(String name, NodeType type, String zone, List<String> pinnedPods) {
  public FixedNode {
    pinnedPods = List.copyOf(pinnedPods);
  }
}
