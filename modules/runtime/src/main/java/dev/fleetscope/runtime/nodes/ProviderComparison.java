package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.Packer;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PackingProblem;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.fleet.SnapshotNodes;
import dev.fleetscope.packing.rightsizing.ClusterNodes;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.packing.rightsizing.ScheduledPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the same pods (a namespace's or a workload's) cost packed on each cloud's instance types in
 * a region the user picks: GPU pods only on types of their GPU family (an A100 pod on A100s), CPU
 * pods on the CPU types (they do not tolerate the GPU taint), DaemonSets on every node as in their
 * cluster, all priced from one price snapshot. A pod no type of a cloud can hold is listed with the
 * reason, never left out.
 */
public final class ProviderComparison {
  /** The pods to compare: a namespace's, or one workload's ({@code cluster/namespace/name}). */
  public record Selection(String cluster, Kind kind, String name) {
    public enum Kind {
      NAMESPACE,
      WORKLOAD
    }

    boolean includes(ScheduledPod pod) {
      return kind == Kind.NAMESPACE
          ? pod.pod().name().startsWith(name + "/")
          : pod.pod().workload().equals(name);
    }

    /** {@code namespace llm-serving} or {@code workload aws-prod/llm-serving/predictor}. */
    public String describe() {
      return (kind == Kind.NAMESPACE ? "namespace " : "workload ") + name;
    }
  }

  /**
   * One cloud's packing of the selection.
   *
   * @param candidates how many of the cloud's types in the region the snapshot lists
   */
  public record ProviderCost(
      Provider provider, String region, int pods, int candidates, Packing packing) {
    public double costPerHour() {
      return packing.costPerHour();
    }
  }

  private final Packer packer = new Packer();

  /**
   * For each cloud the prices list types of, the region to price it in by default: the cluster's
   * own for its cloud when the prices list it, else the first region they list. In the order AWS,
   * GCP, Azure.
   */
  public static Map<Provider, String> defaultRegions(Cluster cluster, NodePricing pricing) {
    Map<Provider, String> regions = new LinkedHashMap<>();
    for (Provider provider : CLOUDS) {
      List<String> listed = pricing.regions(provider);
      if (provider == cluster.provider() && listed.contains(cluster.region())) {
        regions.put(provider, cluster.region());
      } else if (!listed.isEmpty()) {
        regions.put(provider, listed.getFirst());
      }
    }
    return regions;
  }

  /** The clouds compared, in the order shown. */
  public static final List<Provider> CLOUDS = List.of(Provider.AWS, Provider.GCP, Provider.AZURE);

  /**
   * @param regions the region to price each cloud in; clouds not named are left out
   */
  public List<ProviderCost> compare(
      Cluster cluster,
      Selection selection,
      Scenario.Requests requests,
      Map<ContainerRef, Resources> recommended,
      Map<Provider, String> regions,
      NodePricing pricing) {
    ClusterNodes nodes = SnapshotNodes.of(cluster);
    List<ScheduledPod> chosen = nodes.pods().stream().filter(selection::includes).toList();
    List<PodRequest> pods =
        FleetNodeRightsizing.pods(
            chosen, requests, SnapshotNodes.recommendedRequests(cluster, recommended));
    List<ProviderCost> costs = new ArrayList<>();
    regions.forEach(
        (provider, region) -> {
          var candidates = pricing.candidates(provider, region, NodePricing.currency(cluster));
          Packing packing =
              packer.pack(new PackingProblem(pods, candidates, nodes.overhead(), List.of()));
          costs.add(new ProviderCost(provider, region, pods.size(), candidates.size(), packing));
        });
    return costs;
  }
}
