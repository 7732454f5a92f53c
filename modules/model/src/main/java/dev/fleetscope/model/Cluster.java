package dev.fleetscope.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Kubernetes cluster as one source sees it.
 *
 * @param sourceId the source that reported this cluster; its status decides whether the cluster is
 *     live or stale
 */
public record Cluster(
    String name,
    Provider provider,
    String region,
    String sourceId,
    List<Node> nodes,
    List<Namespace> namespaces) {

  public Cluster {
    nodes = List.copyOf(nodes);
    namespaces = List.copyOf(namespaces);
  }

  public Stream<Workload> workloads() {
    return namespaces.stream().flatMap(n -> n.workloads().stream());
  }

  public Optional<Workload> workload(WorkloadRef ref) {
    return workloads().filter(w -> w.ref().equals(ref)).findFirst();
  }

  public Resources allocatable() {
    return nodes.stream().map(Node::allocatable).reduce(Resources.NONE, Resources::plus);
  }

  public int gpus() {
    return nodes.stream().mapToInt(n -> n.gpus().count()).sum();
  }

  /** What the nodes cost per hour; all nodes of a cluster are priced in one currency. */
  public double hourlyCost() {
    return nodes.stream().mapToDouble(n -> n.price().amount()).sum();
  }
}
