package dev.fleetscope.model.change;

import dev.fleetscope.model.LabelSelector;
import java.util.Map;

/**
 * A PodDisruptionBudget of a workload's namespace, with how many pods it lets go right now and the
 * pods it protects.
 */
public record DisruptionBudget(String name, int disruptionsAllowed, LabelSelector selector) {
  /** A budget already known to cover the workload it is given with. */
  public DisruptionBudget(String name, int disruptionsAllowed) {
    this(name, disruptionsAllowed, LabelSelector.EVERYTHING);
  }

  /** Whether it protects pods with these labels. */
  public boolean covers(Map<String, String> podLabels) {
    return selector.matches(podLabels);
  }
}
