package dev.fleetscope.apply;

/**
 * A workload (or container) left out of a run, the guard rail that refused it, and why in a
 * sentence.
 */
public record Refusal(String target, GuardRail rule, String message) {
  /** The checks a change must pass before it is sent. */
  public enum GuardRail {
    NOT_FOUND,
    MEMORY_PEAK,
    HPA_TARGET,
    DISRUPTION_BUDGET,
    MIN_REPLICAS,
    SYSTEM_NAMESPACE,
    READ_ONLY,
    IMMUTABLE_TEMPLATE,
    IN_PLACE_UNSUPPORTED,
    /** A VPA in a mode other than Off manages the container. */
    VPA_MANAGED,
    /** An in-place resize would change a pod's QoS class. */
    QOS_CHANGE,
    /** The node cannot hold the resized pod, or the kubelet found its resize infeasible. */
    RESIZE_INFEASIBLE,
    /** The memory limit is below a JVM's maximum heap plus overhead. */
    JVM_HEAP
  }

  @Override
  public String toString() {
    return target + ": " + message;
  }
}
