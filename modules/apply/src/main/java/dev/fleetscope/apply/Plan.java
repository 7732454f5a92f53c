package dev.fleetscope.apply;

import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.WorkloadChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a run would send and the ones left out, each with the reason; for containers a VPA
 * manages, the VPA-side changes offered instead.
 */
public record Plan(
    List<ProposedChange> changes, List<Refusal> refusals, List<VpaChange> vpaChanges) {
  public Plan {
    changes = List.copyOf(changes);
    refusals = List.copyOf(refusals);
    vpaChanges = List.copyOf(vpaChanges);
  }

  public Plan(List<ProposedChange> changes, List<Refusal> refusals) {
    this(changes, refusals, List.of());
  }

  public Plan refusing(List<ProposedChange> kept, List<Refusal> more) {
    return refusing(kept, more, List.of());
  }

  public Plan refusing(List<ProposedChange> kept, List<Refusal> more, List<VpaChange> offered) {
    List<Refusal> all = new ArrayList<>(refusals);
    all.addAll(more);
    List<VpaChange> vpa = new ArrayList<>(vpaChanges);
    vpa.addAll(offered);
    return new Plan(kept, all, vpa);
  }

  /** The changes without the states they were pinned to: what a GitOps export writes. */
  public List<WorkloadChange> workloadChanges() {
    return changes.stream().map(ProposedChange::change).toList();
  }

  public List<PlannedChange> planned(ApplyMethod method) {
    return changes.stream().map(c -> PlannedChange.fromPlan(c.change(), method)).toList();
  }
}
