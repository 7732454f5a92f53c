package dev.fleetscope.apply;

import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.WorkloadChange;
import java.util.ArrayList;
import java.util.List;

/** The changes a run would send and the ones left out, each with the reason. */
public record Plan(List<ProposedChange> changes, List<Refusal> refusals) {
  public Plan {
    changes = List.copyOf(changes);
    refusals = List.copyOf(refusals);
  }

  public Plan refusing(List<ProposedChange> kept, List<Refusal> more) {
    List<Refusal> all = new ArrayList<>(refusals);
    all.addAll(more);
    return new Plan(kept, all);
  }

  /** The changes without the states they were pinned to: what a GitOps export writes. */
  public List<WorkloadChange> workloadChanges() {
    return changes.stream().map(ProposedChange::change).toList();
  }

  public List<PlannedChange> planned(ApplyMethod method) {
    return changes.stream().map(c -> PlannedChange.fromPlan(c.change(), method)).toList();
  }
}
