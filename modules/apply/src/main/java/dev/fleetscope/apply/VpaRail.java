package dev.fleetscope.apply;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.WorkloadState;
import java.util.List;
import java.util.Optional;

/**
 * A container that a VPA in any mode but Off manages is never patched: the VPA would undo the patch
 * (evicting or resizing the pods, or at their next admission) and the two would fight. The refusal
 * names the VPA and its mode; the change it offers instead is a {@link VpaChange}. Pod-level
 * resources are refused while a VPA manages any container of the pod.
 */
final class VpaRail {
  private VpaRail() {}

  static Optional<Refusal> check(WorkloadState state, ContainerChange change) {
    Optional<VerticalAutoscaler> vpa =
        state.verticalAutoscaler().filter(v -> manages(v, state, change.container()));
    if (vpa.isEmpty()) {
      return Optional.empty();
    }
    String what =
        ContainerChange.POD.equals(change.container())
            ? "the pod's containers"
            : "container "
                + change.container()
                + " ("
                + vpa.get().controls(change.container())
                + ")";
    return Optional.of(
        new Refusal(
            state.ref().container(change.container()).id(),
            GuardRail.VPA_MANAGED,
            vpa.get().describe()
                + " manages "
                + what
                + " and would undo the patch: change the VPA instead (export its YAML: minAllowed at"
                + " the recommendation, or updateMode Off)"));
  }

  /** The VPA-side changes for a workload's refused containers. */
  static List<VpaChange> offers(ProposedChange proposed) {
    WorkloadState state = proposed.state();
    return state.verticalAutoscaler().stream()
        .flatMap(
            vpa ->
                proposed.change().containers().stream()
                    .filter(c -> !ContainerChange.POD.equals(c.container()))
                    .filter(c -> vpa.manages(c.container()))
                    .map(
                        c -> new VpaChange(state.ref(), vpa, c.container(), c.before(), c.after())))
        .toList();
  }

  private static boolean manages(VerticalAutoscaler vpa, WorkloadState state, String container) {
    return ContainerChange.POD.equals(container)
        ? state.containers().keySet().stream().anyMatch(vpa::manages)
        : vpa.manages(container);
  }
}
