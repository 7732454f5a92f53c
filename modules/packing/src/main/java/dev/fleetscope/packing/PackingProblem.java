package dev.fleetscope.packing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pods to place onto nodes of candidate types, with what DaemonSets take on every node and the
 * nodes that must stay. Names of pods, types and fixed nodes must be unique.
 */
public record PackingProblem(
    List<PodRequest> pods,
    List<NodeType> types,
    DaemonSetOverhead overhead,
    List<FixedNode> fixedNodes) {

  public PackingProblem {
    pods = List.copyOf(pods);
    types = List.copyOf(types);
    fixedNodes = List.copyOf(fixedNodes);
    unique("pod", pods.stream().map(PodRequest::name).toList());
    unique("instance type", types.stream().map(NodeType::name).toList());
    unique("fixed node", fixedNodes.stream().map(FixedNode::name).toList());
    Set<String> podNames = new HashSet<>(pods.stream().map(PodRequest::name).toList());
    for (FixedNode node : fixedNodes) {
      for (String pinned : node.pinnedPods()) {
        if (!podNames.contains(pinned)) {
          throw new IllegalArgumentException(
              "fixed node "
                  + node.name()
                  + " pins pod "
                  + pinned
                  + ", which is not in the problem");
        }
      }
    }
  }

  public static PackingProblem of(List<PodRequest> pods, List<NodeType> types) {
    return new PackingProblem(pods, types, DaemonSetOverhead.NONE, List.of());
  }

  private static void unique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("two " + what + "s are named " + name);
      }
    }
  }
}
