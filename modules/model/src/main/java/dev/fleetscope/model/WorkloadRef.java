package dev.fleetscope.model;

/** Names one workload across the fleet. */
public record WorkloadRef(String cluster, String namespace, WorkloadKind kind, String name) {
  /** {@code cluster/namespace/name}: the form used in ids, CLI output and logs. */
  public String id() {
    return cluster + "/" + namespace + "/" + name;
  }

  public ContainerRef container(String container) {
    return new ContainerRef(this, container);
  }

  @Override
  public String toString() {
    return id();
  }
}
