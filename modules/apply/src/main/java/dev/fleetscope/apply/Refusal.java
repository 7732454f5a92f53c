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
    IN_PLACE_UNSUPPORTED
  }

  @Override
  public String toString() {
    return target + ": " + message;
  }
}
