package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.apply.ContainerTarget;
import dev.fleetscope.apply.PlannedSizing;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The selected rows as the plan {@code fleetscope apply} would read from {@code recommend --format
 * json}.
 */
final class PlanRows {
  private PlanRows() {}

  static List<PlannedSizing> of(List<RecommendationRow> rows) {
    return rows.stream().map(PlanRows::of).toList();
  }

  static PlannedSizing of(RecommendationRow row) {
    WorkloadRef w = row.ref().workload();
    Sizing p = row.proposed();
    return new PlannedSizing(
        new ContainerTarget(w.cluster(), w.namespace(), w.name(), row.ref().container()),
        p.cpuRequest(),
        p.limits().cpuBounded() ? OptionalDouble.of(p.cpuLimit()) : OptionalDouble.empty(),
        p.memoryRequest(),
        p.limits().memoryBounded() ? OptionalDouble.of(p.memoryLimit()) : OptionalDouble.empty());
  }
}
