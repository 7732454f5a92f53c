package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.FixedNode;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.Packer;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PackingProblem;
import dev.fleetscope.packing.PlannedNode;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.Unplaced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One pool's proposal: pods that cannot move pin their nodes, the rest are packed from scratch and
 * from today's placement improved, and the cheaper of the two (or today, if neither is cheaper) is
 * proposed.
 */
final class PoolPlanner {
  private final Packer packer;

  PoolPlanner(Packer packer) {
    this.packer = packer;
  }

  PoolProposal plan(
      String pool,
      List<CurrentNode> nodes,
      List<ScheduledPod> pods,
      ClusterNodes cluster,
      List<NodeType> candidates) {
    Map<String, NodeType> types = new LinkedHashMap<>();
    nodes.forEach(n -> types.putIfAbsent(n.type().name(), n.type()));
    candidates.forEach(t -> types.put(t.name(), t));
    Map<String, CurrentNode> byName = new LinkedHashMap<>();
    nodes.forEach(n -> byName.put(n.name(), n));
    List<PodRequest> requests = pods.stream().map(ScheduledPod::pod).toList();
    Pins pins = Pins.of(pods, cluster.budgets());
    Packing first = packer.pack(problem(requests, types, cluster, pins, byName));
    for (Unplaced u : first.unplaced()) {
      pins.pinNoFeasibleNode(pods, u);
    }
    PackingProblem problem = problem(requests, types, cluster, pins, byName);
    Packing fresh = first.unplaced().isEmpty() ? first : packer.pack(problem);
    Packing today = today(nodes, pods, pins, types);
    Optional<Packing> improved = packer.improve(problem, today);
    double todayCost = nodes.stream().mapToDouble(n -> n.type().pricePerHour()).sum();
    Packing best =
        improved.filter(p -> p.costPerHour() <= fresh.costPerHour() + 1e-9).orElse(fresh);
    if (best.costPerHour() >= todayCost - 1e-9 || !best.unplaced().isEmpty()) {
      best = today;
    }
    return new PoolProposal(
        pool,
        counts(nodes),
        todayCost,
        best.countsByType(),
        best.costPerHour(),
        Moves.of(pods, nodes, best),
        pins.blockers(),
        best.unplaced(),
        best);
  }

  private static PackingProblem problem(
      List<PodRequest> pods,
      Map<String, NodeType> types,
      ClusterNodes cluster,
      Pins pins,
      Map<String, CurrentNode> nodes) {
    List<FixedNode> fixed = new ArrayList<>();
    pins.byNode()
        .forEach(
            (name, pinned) -> {
              CurrentNode node = nodes.get(name);
              fixed.add(new FixedNode(name, node.type(), node.zone(), pinned));
            });
    return new PackingProblem(pods, List.copyOf(types.values()), cluster.overhead(), fixed);
  }

  /** Today's placement as a packing: pinned nodes fixed, the others of the problem's types. */
  private static Packing today(
      List<CurrentNode> nodes, List<ScheduledPod> pods, Pins pins, Map<String, NodeType> types) {
    List<PlannedNode> planned = new ArrayList<>();
    for (CurrentNode node : nodes) {
      List<String> on =
          pods.stream()
              .filter(p -> p.node().equals(node.name()))
              .map(p -> p.pod().name())
              .sorted()
              .toList();
      boolean fixed = pins.byNode().containsKey(node.name());
      NodeType type = fixed ? node.type() : types.get(node.type().name());
      planned.add(new PlannedNode(node.name(), type, node.zone(), on, fixed));
    }
    return new Packing(planned, List.of());
  }

  private static Map<String, Integer> counts(List<CurrentNode> nodes) {
    Map<String, Integer> counts = new TreeMap<>();
    nodes.forEach(n -> counts.merge(n.type().name(), 1, Integer::sum));
    return counts;
  }
}
