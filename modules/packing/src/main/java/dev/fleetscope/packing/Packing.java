package dev.fleetscope.packing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every pod goes: the nodes to run (fixed ones included) and the pods that fit no candidate
 * type, with the reason.
 */
public record Packing(List<PlannedNode> nodes, List<Unplaced> unplaced) {
  public Packing {
    nodes = List.copyOf(nodes);
    unplaced = List.copyOf(unplaced);
  }

  /** What the nodes cost per hour, in the candidates' currency. */
  public double costPerHour() {
    return nodes.stream().mapToDouble(n -> n.type().pricePerHour()).sum();
  }

  /** How many nodes of each type, by type name. */
  public Map<String, Integer> countsByType() {
    Map<String, Integer> counts = new TreeMap<>();
    nodes.forEach(n -> counts.merge(n.type().name(), 1, Integer::sum));
    return counts;
  }

  /** The node each placed pod is on, by pod name. */
  public Map<String, String> nodeOfPod() {
    Map<String, String> where = new TreeMap<>();
    nodes.forEach(n -> n.pods().forEach(p -> where.put(p, n.name())));
    return where;
  }
}
