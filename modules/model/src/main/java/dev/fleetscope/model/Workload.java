package dev.fleetscope.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A controller and the pods it owns. {@code containers} is the pod template (what a rightsizing
 * patch changes); {@code pods} are the replicas running now, which may lag behind the template
 * during a rollout.
 *
 * @param team the owning team, from the workload's labels; empty when unlabelled
 * @param model the ML model the workload serves or trains, from its labels, when it has one
 */
public record Workload(
    WorkloadRef ref,
    Map<String, String> labels,
    String team,
    Optional<String> model,
    int desiredReplicas,
    List<ContainerSpec> containers,
    List<Pod> pods,
    Optional<HorizontalAutoscaler> autoscaler) {

  public Workload {
    labels = Map.copyOf(labels);
    containers = List.copyOf(containers);
    pods = List.copyOf(pods);
  }

  public String name() {
    return ref.name();
  }

  public WorkloadKind kind() {
    return ref.kind();
  }

  public long runningPods() {
    return pods.stream().filter(p -> p.phase() == PodPhase.RUNNING).count();
  }

  /** Requests of one replica: the sum over the template's containers. */
  public Resources requestsPerReplica() {
    return containers.stream().map(ContainerSpec::requests).reduce(Resources.NONE, Resources::plus);
  }

  public double gpusPerReplica() {
    return containers.stream().mapToDouble(c -> c.gpu().gpuEquivalent()).sum();
  }

  public Optional<ContainerSpec> container(String name) {
    return containers.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
