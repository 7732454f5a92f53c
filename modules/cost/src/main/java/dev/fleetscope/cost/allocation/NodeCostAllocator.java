package dev.fleetscope.cost.allocation;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Workload;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Allocates node cost to workloads when no OpenCost runs, by OpenCost's rule: each running
 * container is charged for the larger of what it requests and what it uses (now) of CPU and memory,
 * and for the GPUs it is granted, at its node's per-part rates. What no container takes stays with
 * its node as idle cost.
 */
public final class NodeCostAllocator {
  private final PartRatios ratios;

  public NodeCostAllocator(PartRatios ratios) {
    this.ratios = ratios;
  }

  public NodeCostAllocator() {
    this(PartRatios.OPENCOST_DEFAULTS);
  }

  /**
   * What these resources cost per hour on {@code node} at its per-part rates: how the Cost view
   * prices a recommendation's saving (the resources it gives back) or any other slice of a node.
   */
  public PartCost price(Node node, double cores, double memoryBytes, double gpus) {
    return NodeRates.of(node, ratios).cost(cores, memoryBytes, gpus);
  }

  /**
   * One allocation per cluster: clusters may be priced in different currencies, so they are not
   * summed here.
   */
  public List<ClusterCost> allocate(FleetSnapshot snapshot) {
    return snapshot.clusters().stream().map(c -> allocate(c, snapshot)).toList();
  }

  ClusterCost allocate(Cluster cluster, FleetSnapshot snapshot) {
    Map<String, Node> nodes = new HashMap<>();
    cluster.nodes().forEach(n -> nodes.put(n.name(), n));
    Map<String, NodeUse> use = new HashMap<>();
    List<WorkloadCost> workloads = new ArrayList<>();
    cluster.workloads().forEach(w -> workloads.add(workloadCost(w, nodes, use, snapshot)));
    Map<String, PartCost> idle = new HashMap<>();
    for (Node node : cluster.nodes()) {
      NodeUse taken = use.getOrDefault(node.name(), NodeUse.NONE);
      idle.put(
          node.name(),
          NodeRates.of(node, ratios)
              .cost(
                  Math.max(0, node.capacity().cpuCores() - taken.cores()),
                  Math.max(0, node.capacity().memoryBytes() - taken.bytes()),
                  Math.max(0, node.gpus().count() - taken.gpus())));
    }
    return new ClusterCost(cluster.name(), currency(cluster), workloads, idle);
  }

  private WorkloadCost workloadCost(
      Workload workload,
      Map<String, Node> nodes,
      Map<String, NodeUse> use,
      FleetSnapshot snapshot) {
    PartCost total = PartCost.ZERO;
    for (Pod pod : workload.pods()) {
      Node node = nodes.get(pod.node());
      if (pod.phase() != PodPhase.RUNNING || node == null) {
        continue;
      }
      NodeRates rates = NodeRates.of(node, ratios);
      for (Container container : pod.containers()) {
        Optional<ContainerUsage> usage = snapshot.usage(workload.ref().container(container.name()));
        double cores =
            Math.max(container.spec().requests().cpuCores(), now(usage, Metric.CPU_CORES));
        double bytes =
            Math.max(container.spec().requests().memoryBytes(), now(usage, Metric.MEMORY_BYTES));
        double gpus = container.spec().gpu().gpuEquivalent();
        total = total.plus(rates.cost(cores, bytes, gpus));
        use.merge(node.name(), new NodeUse(cores, bytes, gpus), NodeUse::plus);
      }
    }
    return new WorkloadCost(workload.ref(), workload.team(), workload.model(), total);
  }

  /**
   * The current per-replica reading, or 0 when the source has none (then the request alone counts).
   */
  private static double now(Optional<ContainerUsage> usage, Metric metric) {
    double value = usage.map(u -> u.now(metric)).orElse(Double.NaN);
    return Double.isNaN(value) ? 0 : value;
  }

  private static Currency currency(Cluster cluster) {
    List<Currency> currencies =
        cluster.nodes().stream().map(n -> n.price().currency()).distinct().toList();
    if (currencies.size() > 1) {
      throw new IllegalArgumentException(
          "cluster "
              + cluster.name()
              + " prices its nodes in "
              + currencies
              + "; a cluster's nodes must share one currency");
    }
    return currencies.isEmpty() ? dev.fleetscope.model.HourlyPrice.USD : currencies.getFirst();
  }

  private record NodeUse(double cores, double bytes, double gpus) {
    static final NodeUse NONE = new NodeUse(0, 0, 0);

    NodeUse plus(NodeUse other) {
      return new NodeUse(cores + other.cores, bytes + other.bytes, gpus + other.gpus);
    }
  }
}
