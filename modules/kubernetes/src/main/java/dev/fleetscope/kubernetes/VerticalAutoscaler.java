package dev.fleetscope.kubernetes;

import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadRef;
import java.util.Map;

/**
 * A VerticalPodAutoscaler (when its CRD is installed): what it targets, its update mode, and its
 * current per-container target, for showing beside Fleetscope's own recommendation.
 */
public record VerticalAutoscaler(
    String name, WorkloadRef target, String updateMode, Map<String, Resources> containerTargets) {
  public VerticalAutoscaler {
    containerTargets = Map.copyOf(containerTargets);
  }
}
