package dev.fleetscope.model;

/**
 * Names one container of a workload across all its replicas: the unit that has a usage history and
 * gets a rightsizing recommendation.
 */
public record ContainerRef(WorkloadRef workload, String container) {
  /** {@code cluster/namespace/owner/container}. */
  public String id() {
    return workload.id() + "/" + container;
  }

  @Override
  public String toString() {
    return id();
  }
}
