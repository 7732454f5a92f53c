package dev.fleetscope.kubernetes;

import java.time.Instant;
import java.util.Optional;

/**
 * One context's health, as the per-cluster strip shows it.
 *
 * @param canList whether RBAC lets this user list pods across namespaces
 * @param canPatch whether RBAC lets this user patch Deployments; empty when not asked (read-only
 *     connections send no SelfSubjectAccessReview, which is a POST)
 * @param problem what went wrong, for a person, when something did
 */
public record ClusterHealth(
    String context,
    boolean reachable,
    boolean authenticated,
    Optional<ServerVersion> version,
    Optional<Boolean> canList,
    Optional<Boolean> canPatch,
    Optional<String> problem,
    Instant checkedAt) {

  /** Reachable, authenticated and allowed to list: the inventory can work. */
  public boolean healthy() {
    return reachable && authenticated && canList.orElse(false);
  }
}
