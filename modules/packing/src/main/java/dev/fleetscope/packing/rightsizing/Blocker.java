package dev.fleetscope.packing.rightsizing;

/** Why a node cannot be consolidated away: one of its pods cannot move. */
public record Blocker(String node, String pod, Kind kind, String detail) {
  public enum Kind {
    /** A PodDisruptionBudget lets none of the workload's pods go. */
    DISRUPTION_BUDGET,
    /** The pod keeps data on the node. */
    LOCAL_STORAGE,
    /** No node of any candidate type could hold the pod. */
    NO_FEASIBLE_NODE
  }
}
