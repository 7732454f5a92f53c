package dev.fleetscope.apply;

import dev.fleetscope.model.change.ApplyMethod;
import java.util.Set;

/**
 * How strict the guard rails are.
 *
 * @param memoryMargin how far above the observed peak a new memory ceiling must stay (0.05 is 5%)
 * @param allowHpa let CPU requests drop below what an HPA scaling on CPU needs to stay quiet
 * @param namedSystemNamespaces system namespaces the user named, so changes there are allowed
 * @param minReplicas fewest replicas a workload must have for a restarting rollout
 * @param readOnly refuse everything: the session was started read-only
 */
public record GuardRailSettings(
    double memoryMargin,
    boolean allowHpa,
    Set<String> namedSystemNamespaces,
    int minReplicas,
    boolean readOnly,
    ApplyMethod method) {

  public GuardRailSettings {
    namedSystemNamespaces = Set.copyOf(namedSystemNamespaces);
    if (!(memoryMargin >= 0)) {
      throw new IllegalArgumentException(
          "the memory margin is a non-negative fraction, was " + memoryMargin);
    }
  }

  /** 5% above the peak, HPAs respected, no system namespace, two replicas, restarting rollouts. */
  public static GuardRailSettings defaults() {
    return new GuardRailSettings(0.05, false, Set.of(), 2, false, ApplyMethod.ROLLOUT);
  }
}
