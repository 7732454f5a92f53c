package dev.fleetscope.model.change;

import dev.fleetscope.model.WorkloadRef;
import java.util.List;

/** The containers of one workload changed together: one patch, one rollout. */
public record WorkloadChange(WorkloadRef workload, List<ContainerChange> containers) {
  public WorkloadChange {
    if (containers.isEmpty()) {
      throw new IllegalArgumentException(
          "a change of " + workload + " must change at least one container");
    }
    containers = List.copyOf(containers);
  }

  public WorkloadChange reversed() {
    return new WorkloadChange(
        workload, containers.stream().map(ContainerChange::reversed).toList());
  }
}
