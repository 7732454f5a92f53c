package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.LowerBound;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PackingProblem;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.fleet.SnapshotNodes;
import dev.fleetscope.packing.rightsizing.ClusterComparison;
import dev.fleetscope.packing.rightsizing.ClusterNodes;
import dev.fleetscope.packing.rightsizing.CurrentNode;
import dev.fleetscope.packing.rightsizing.NodeRightsizing;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.packing.rightsizing.ScheduledPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Joins a fleet snapshot, the recommended requests and the price snapshot into each cluster's node
 * rightsizing ({@link NodeRightsizing}, pool by pool), with today's nodes and the candidates priced
 * from the same source ({@link NodePricing}). Pure computation on the caller's thread; a large
 * cluster takes seconds, so callers run it off the FX thread and get progress per cluster.
 */
public final class FleetNodeRightsizing {
  private final NodeRightsizing rightsizing = new NodeRightsizing();

  public FleetNodeReport compare(
      FleetSnapshot snapshot,
      RecommendedRequests recommended,
      NodePricing pricing,
      Consumer<Progress> progress,
      BooleanSupplier cancelled) {
    List<ClusterNodeReport> reports = new ArrayList<>();
    List<Cluster> clusters =
        snapshot.clusters().stream().filter(c -> !c.nodes().isEmpty()).toList();
    for (int i = 0; i < clusters.size(); i++) {
      Cluster cluster = clusters.get(i);
      if (cancelled.getAsBoolean()) {
        throw new CancellationException(
            "node rightsizing cancelled after " + i + " of " + clusters.size() + " clusters");
      }
      progress.accept(
          new Progress(
              "Packing "
                  + cluster.name()
                  + "'s pods: cluster "
                  + (i + 1)
                  + " of "
                  + clusters.size(),
              i / (double) clusters.size()));
      reports.add(compare(cluster, recommended.requests(), pricing));
    }
    progress.accept(new Progress("Packing done", 1));
    return new FleetNodeReport(snapshot.at(), pricing.source(), recommended, reports);
  }

  public ClusterNodeReport compare(
      Cluster cluster, Map<ContainerRef, Resources> recommended, NodePricing pricing) {
    NodePricing.PricedCluster priced = pricing.price(cluster);
    Map<String, Resources> perPod = SnapshotNodes.recommendedRequests(cluster, recommended);
    ClusterComparison comparison = rightsizing.compare(priced.nodes(), perPod, priced.candidates());
    return new ClusterNodeReport(
        cluster.name(),
        cluster.provider(),
        cluster.region(),
        priced.currency(),
        comparison,
        PoolFacts.of(cluster),
        priced.prices(),
        bounds(priced.nodes(), perPod, priced.candidates()));
  }

  /**
   * Per scenario, the lower bound of all the cluster's pods over the types the scenario may use:
   * today's types, or today's and the candidates (a candidate of the same name replaces today's, as
   * the pools' planner does).
   */
  private static List<ClusterNodeReport.Bound> bounds(
      ClusterNodes nodes, Map<String, Resources> perPod, List<NodeType> candidates) {
    Map<String, NodeType> todays = new LinkedHashMap<>();
    for (CurrentNode node : nodes.nodes()) {
      todays.putIfAbsent(node.type().name(), node.type());
    }
    Map<String, NodeType> mix = new LinkedHashMap<>(todays);
    candidates.forEach(t -> mix.put(t.name(), t));
    List<ClusterNodeReport.Bound> bounds = new ArrayList<>();
    for (Scenario.Requests requests : Scenario.Requests.values()) {
      List<PodRequest> pods = pods(nodes.pods(), requests, perPod);
      for (Scenario.Types types : Scenario.Types.values()) {
        Map<String, NodeType> allowed = types == Scenario.Types.TODAYS_TYPES ? todays : mix;
        PackingProblem problem =
            new PackingProblem(pods, List.copyOf(allowed.values()), nodes.overhead(), List.of());
        bounds.add(
            new ClusterNodeReport.Bound(requests, types, LowerBound.of(problem).costPerHour()));
      }
    }
    return bounds;
  }

  static List<PodRequest> pods(
      List<ScheduledPod> pods, Scenario.Requests requests, Map<String, Resources> perPod) {
    return pods.stream()
        .map(ScheduledPod::pod)
        .map(
            p -> {
              Resources r = requests == Scenario.Requests.RECOMMENDED ? perPod.get(p.name()) : null;
              return r == null ? p : p.withRequests(r.cpuCores(), r.memoryBytes());
            })
        .toList();
  }
}
