package dev.fleetscope.model.change;

import java.util.Optional;

/**
 * A change as a run plans it, before the audit log gives it an id.
 *
 * @param origin the change this one rolls back ({@link ChangeKind#ROLLBACK}) or resumes (an
 *     interrupted {@link ChangeKind#APPLY}); empty for a change straight from a plan
 */
public record PlannedChange(
    ChangeKind kind, Optional<Long> origin, ApplyMethod method, WorkloadChange change) {
  public static PlannedChange fromPlan(WorkloadChange change, ApplyMethod method) {
    return new PlannedChange(ChangeKind.APPLY, Optional.empty(), method, change);
  }
}
