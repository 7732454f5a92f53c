package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheapest packing by exhaustive search, for problems of a handful of pods: each pod in turn
 * onto every node opened so far or onto a new node of every type in every zone it could use, pruned
 * when the nodes already open cost as much as the best complete packing. Judged by {@link
 * NodeCheck}, so it shares nothing with the packer.
 */
final class BruteForce {
  private final PackingProblem problem;
  private final List<String> zones;
  private double best = Double.POSITIVE_INFINITY;

  private record Open(NodeType type, String zone, List<PodRequest> pods) {}

  BruteForce(PackingProblem problem) {
    this.problem = problem;
    List<String> all = new ArrayList<>();
    all.add("");
    problem.pods().forEach(p -> p.zone().filter(z -> !all.contains(z)).ifPresent(all::add));
    problem
        .types()
        .forEach(
            t -> {
              if (!t.zone().isEmpty() && !all.contains(t.zone())) {
                all.add(t.zone());
              }
            });
    this.zones = all;
  }

  /** The optimum's cost per hour over the pods that some type can hold alone. */
  double optimum(List<PodRequest> placeable) {
    search(placeable, 0, new ArrayList<>(), 0);
    return best;
  }

  private void search(List<PodRequest> pods, int next, List<Open> open, double cost) {
    if (cost >= best - 1e-12) {
      return;
    }
    if (next == pods.size()) {
      best = cost;
      return;
    }
    PodRequest pod = pods.get(next);
    for (int i = 0; i < open.size(); i++) {
      Open node = open.get(i);
      List<PodRequest> with = new ArrayList<>(node.pods());
      with.add(pod);
      if (fits(node.type(), node.zone(), with)) {
        open.set(i, new Open(node.type(), node.zone(), with));
        search(pods, next + 1, open, cost);
        open.set(i, node);
      }
    }
    for (NodeType type : problem.types()) {
      for (String zone : zones) {
        if (fits(type, zone, List.of(pod))) {
          open.add(new Open(type, zone, new ArrayList<>(List.of(pod))));
          search(pods, next + 1, open, cost + type.pricePerHour());
          open.removeLast();
        }
      }
    }
  }

  private boolean fits(NodeType type, String zone, List<PodRequest> pods) {
    if (!type.zone().isEmpty() && !type.zone().equals(zone)) {
      return false;
    }
    return NodeCheck.violations(type, zone, pods, problem.overhead()).isEmpty();
  }
}
