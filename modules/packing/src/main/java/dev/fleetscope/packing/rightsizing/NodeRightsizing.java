package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.Packer;
import dev.fleetscope.packing.PodRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a cluster's nodes today with what its pods would need, pool by pool, in four scenarios:
 * today's or recommended requests, on today's instance types of the pool or on the cheapest
 * feasible mix of candidates (today's types among them). Pools are packed apart, as node groups and
 * NodePools scale apart. A proposal never costs more than today: when no packing beats the pool as
 * it is, the pool is proposed unchanged.
 *
 * <pre>{@code
 * ClusterComparison c = new NodeRightsizing().compare(cluster, recommended, candidates);
 * c.scenario(Requests.RECOMMENDED, Types.CHEAPEST_MIX).savingPerMonth();
 * }</pre>
 */
public final class NodeRightsizing {
  private final PoolPlanner planner = new PoolPlanner(new Packer());

  /**
   * @param recommended requests per pod name (cores and bytes); pods not named keep today's
   * @param candidates the instance types a pool may move to (with prices in the cluster's currency)
   */
  public ClusterComparison compare(
      ClusterNodes cluster, Map<String, Resources> recommended, List<NodeType> candidates) {
    Map<String, List<CurrentNode>> pools = new TreeMap<>();
    cluster.nodes().forEach(n -> pools.computeIfAbsent(n.pool(), p -> new ArrayList<>()).add(n));
    Map<String, String> poolOfNode = new LinkedHashMap<>();
    cluster.nodes().forEach(n -> poolOfNode.put(n.name(), n.pool()));
    List<Scenario> scenarios = new ArrayList<>();
    for (Scenario.Requests requests : Scenario.Requests.values()) {
      List<ScheduledPod> pods = withRequests(cluster.pods(), requests, recommended);
      List<PoolProposal> todays = new ArrayList<>();
      List<PoolProposal> mix = new ArrayList<>();
      pools.forEach(
          (pool, nodes) -> {
            List<ScheduledPod> onPool =
                pods.stream().filter(p -> pool.equals(poolOfNode.get(p.node()))).toList();
            PoolProposal same = planner.plan(pool, nodes, onPool, cluster, List.of());
            PoolProposal mixed = planner.plan(pool, nodes, onPool, cluster, candidates);
            todays.add(same);
            // Today's types are among the mix's candidates: a heuristic may still land higher.
            mix.add(mixed.proposedCostPerHour() <= same.proposedCostPerHour() ? mixed : same);
          });
      scenarios.add(new Scenario(requests, Scenario.Types.TODAYS_TYPES, todays));
      scenarios.add(new Scenario(requests, Scenario.Types.CHEAPEST_MIX, mix));
    }
    return new ClusterComparison(
        cluster.cluster(), cluster.nodes().size(), cluster.costPerHour(), scenarios);
  }

  private static List<ScheduledPod> withRequests(
      List<ScheduledPod> pods, Scenario.Requests requests, Map<String, Resources> recommended) {
    if (requests == Scenario.Requests.TODAY) {
      return pods;
    }
    return pods.stream()
        .map(
            p -> {
              Resources r = recommended.get(p.pod().name());
              PodRequest pod =
                  r == null ? p.pod() : p.pod().withRequests(r.cpuCores(), r.memoryBytes());
              return new ScheduledPod(pod, p.node(), p.localStorage());
            })
        .toList();
  }
}
