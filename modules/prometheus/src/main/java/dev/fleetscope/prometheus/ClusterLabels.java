package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.util.Map;
import java.util.Optional;

/** Reads model references from the labels of Fleetscope's query answers. */
final class ClusterLabels {
  private final String clusterLabel;
  private final String defaultCluster;

  ClusterLabels(LabelNames labels, String defaultCluster) {
    this.clusterLabel = labels.cluster();
    this.defaultCluster = defaultCluster;
  }

  /** The cluster a series belongs to: its cluster label, or the connection's cluster name. */
  String cluster(Map<String, String> labels) {
    if (clusterLabel.isEmpty()) {
      return defaultCluster;
    }
    String value = labels.get(clusterLabel);
    return value == null || value.isEmpty() ? defaultCluster : value;
  }

  /**
   * The workload of a series labelled by {@link WorkloadJoin}; empty for an owner kind Fleetscope
   * does not model.
   */
  Optional<WorkloadRef> workload(Map<String, String> labels) {
    String namespace = labels.get("namespace");
    String kind = labels.get(WorkloadJoin.KIND);
    String name = labels.get(WorkloadJoin.NAME);
    if (namespace == null || kind == null || name == null) {
      return Optional.empty();
    }
    for (WorkloadKind k : WorkloadKind.values()) {
      if (k.kubernetesKind().equals(kind)) {
        return Optional.of(new WorkloadRef(cluster(labels), namespace, k, name));
      }
    }
    return Optional.empty();
  }

  Optional<ContainerRef> container(Map<String, String> labels) {
    String container = labels.get("container");
    if (container == null || container.isEmpty()) {
      return Optional.empty();
    }
    return workload(labels).map(w -> w.container(container));
  }
}
