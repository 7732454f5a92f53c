package dev.fleetscope.cost.opencost;

import java.util.Map;
import java.util.Optional;

/**
 * Where an allocation belongs; OpenCost fills only what the aggregation keeps (by namespace:
 * cluster and namespace; by container: down to pod, node and the node's provider ID).
 */
public record AllocationProperties(
    Optional<String> cluster,
    Optional<String> node,
    Optional<String> namespace,
    Optional<String> controllerKind,
    Optional<String> controller,
    Optional<String> pod,
    Optional<String> container,
    Optional<String> providerId,
    Map<String, String> labels) {

  public AllocationProperties {
    labels = Map.copyOf(labels);
  }
}
