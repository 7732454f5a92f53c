package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PlannedNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pods a proposal moves. A proposed node that kept a node's name is that node; any other is
 * matched to today's unmatched node of the same type with which it shares the most pods (so a
 * packing from scratch that happens to rebuild a node moves nothing off it); a pod moves when its
 * node today is not the one its proposed node stands for.
 */
final class Moves {
  private Moves() {}

  static List<PodMove> of(List<ScheduledPod> pods, List<CurrentNode> nodes, Packing proposal) {
    Map<String, String> today = new HashMap<>();
    pods.forEach(p -> today.put(p.pod().name(), p.node()));
    Map<String, String> typeOf = new HashMap<>();
    nodes.forEach(n -> typeOf.put(n.name(), n.type().name()));
    Map<PlannedNode, String> standsFor = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (PlannedNode node : proposal.nodes()) {
      if (node.type().name().equals(typeOf.get(node.name())) && taken.add(node.name())) {
        standsFor.put(node, node.name());
      }
    }
    List<PlannedNode> rest =
        proposal.nodes().stream().filter(n -> !standsFor.containsKey(n)).toList();
    for (PlannedNode node : rest) {
      Map<String, Integer> shared = new HashMap<>();
      node.pods().forEach(p -> shared.merge(today.getOrDefault(p, ""), 1, Integer::sum));
      shared.entrySet().stream()
          .filter(e -> !taken.contains(e.getKey()))
          .filter(e -> node.type().name().equals(typeOf.get(e.getKey())))
          .max(
              Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .ifPresent(
              e -> {
                taken.add(e.getKey());
                standsFor.put(node, e.getKey());
              });
    }
    List<PodMove> moves = new ArrayList<>();
    for (PlannedNode node : proposal.nodes()) {
      String target = standsFor.getOrDefault(node, node.name());
      for (String pod : node.pods()) {
        String from = today.get(pod);
        if (from != null && !from.equals(target)) {
          moves.add(new PodMove(pod, from, target));
        }
      }
    }
    moves.sort(Comparator.comparing(PodMove::pod));
    return moves;
  }
}
