package dev.fleetscope.runtime.nodes;

import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.InstanceShape;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Provider;
import dev.fleetscope.packing.CapacityType;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.fleet.SnapshotNodes;
import dev.fleetscope.packing.rightsizing.ClusterNodes;
import dev.fleetscope.packing.rightsizing.CurrentNode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One price source for today's nodes and the candidates alike: the instance price snapshot in use.
 * A node is priced from the snapshot where it lists the node's type in the cluster's region, else
 * at the price the cluster gives it (counted, so the screen can say how many); candidates are the
 * snapshot's types of the cluster's provider and region whose shape it knows, on demand, but for
 * burstable ones. Without this, a cheaper mix could be no more than a cheaper price list.
 */
public final class NodePricing {
  /**
   * Burstable types (AWS t2/t3/t3a/t4g, Azure B-series, GCP shared-core e2, f1, g1) are no
   * candidates: their vCPUs are a baseline share earned as credits, not the cores a request
   * reserves, so they look cheaper per core than any type a pool can run on for long.
   */
  static final Pattern BURSTABLE =
      Pattern.compile("t\\d[a-z]?\\.|Standard_B\\d|e2-(micro|small|medium)$|[fg]1-");

  private final PriceSnapshot snapshot;
  private final boolean refreshed;

  public NodePricing(PriceSnapshot snapshot, boolean refreshed) {
    this.snapshot = snapshot;
    this.refreshed = refreshed;
  }

  public static NodePricing of(PriceCatalogs.Current current) {
    return new NodePricing(current.snapshot(), current.refreshed());
  }

  /** {@code instance price snapshot as of 2026-01-19 (bundled with Fleetscope)}. */
  public String source() {
    return "instance price snapshot as of "
        + snapshot.asOf()
        + (refreshed ? " (refreshed from the catalogs)" : " (bundled with Fleetscope)");
  }

  /** A cluster's nodes and pods with its nodes priced from the snapshot where it lists them. */
  public PricedCluster price(Cluster cluster) {
    ClusterNodes nodes = SnapshotNodes.of(cluster);
    Currency currency = currency(cluster);
    List<CurrentNode> priced = new ArrayList<>();
    int listed = 0;
    for (CurrentNode node : nodes.nodes()) {
      Optional<HourlyPrice> price =
          snapshot
              .book()
              .hourly(cluster.provider(), cluster.region(), node.type().name())
              .filter(p -> p.currency().equals(currency));
      if (price.isPresent()) {
        listed++;
        NodeType type = node.type().withPrice(price.get().amount(), CapacityType.ON_DEMAND);
        priced.add(new CurrentNode(node.name(), node.pool(), type, node.zone()));
      } else {
        priced.add(node);
      }
    }
    return new PricedCluster(
        new ClusterNodes(nodes.cluster(), priced, nodes.pods(), nodes.budgets(), nodes.overhead()),
        candidates(cluster.provider(), cluster.region(), currency),
        currency,
        new PriceCoverage(source(), listed, priced.size() - listed));
  }

  /** The snapshot's on-demand types of a provider in a region, priced in {@code currency}. */
  public List<NodeType> candidates(Provider provider, String region, Currency currency) {
    return snapshot.book().prices().stream()
        .filter(p -> p.provider() == provider && p.region().equals(region))
        .filter(p -> p.price().currency().equals(currency))
        .filter(p -> p.shape().vcpus() > 0 && p.shape().memoryGib() > 0)
        .filter(p -> !BURSTABLE.matcher(p.instanceType()).lookingAt())
        .map(NodePricing::type)
        .toList();
  }

  /** The regions the snapshot lists types for, for one provider, in order. */
  public List<String> regions(Provider provider) {
    return snapshot.book().prices().stream()
        .filter(p -> p.provider() == provider && !p.shape().equals(InstanceShape.UNKNOWN))
        .map(InstancePrice::region)
        .distinct()
        .toList();
  }

  private static NodeType type(InstancePrice p) {
    return NodeType.fromCatalog(
        p.instanceType(),
        p.shape().vcpus(),
        p.shape().memoryGib(),
        p.shape().gpus(),
        p.shape().gpuModel(),
        p.price().amount(),
        CapacityType.ON_DEMAND);
  }

  /** The currency the cluster's nodes are priced in (all of a cluster's are in one). */
  static Currency currency(Cluster cluster) {
    return cluster.nodes().stream()
        .map(Node::price)
        .map(HourlyPrice::currency)
        .findFirst()
        .orElse(HourlyPrice.USD);
  }

  /**
   * A cluster ready to compare: its nodes priced, its candidates, and where the prices came from.
   */
  public record PricedCluster(
      ClusterNodes nodes, List<NodeType> candidates, Currency currency, PriceCoverage prices) {
    public PricedCluster {
      candidates = List.copyOf(candidates);
    }
  }
}
