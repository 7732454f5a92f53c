package dev.fleetscope.console.connections;

import dev.fleetscope.kubernetes.ClusterHealth;
import dev.fleetscope.kubernetes.ServerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One mark of a cluster's health strip: reachable, authenticated, its version, whether RBAC lets
 * Fleetscope list pods and patch Deployments.
 */
public record HealthPill(String text, State state, String tooltip) {
  public enum State {
    OK,
    BAD,
    UNKNOWN
  }

  /**
   * The strip of one context, in the order a person reads it; what could not be asked is unknown,
   * not bad.
   */
  public static List<HealthPill> strip(ClusterHealth health) {
    List<HealthPill> pills = new ArrayList<>();
    pills.add(
        new HealthPill(
            health.reachable() ? "reachable" : "unreachable",
            health.reachable() ? State.OK : State.BAD,
            "the API server answered /version"));
    State auth =
        !health.reachable() ? State.UNKNOWN : health.authenticated() ? State.OK : State.BAD;
    String authText =
        !health.reachable()
            ? "authenticated ?"
            : health.authenticated() ? "authenticated" : "not authenticated";
    pills.add(new HealthPill(authText, auth, "the credentials were accepted"));
    pills.add(
        new HealthPill(
            health.version().map(ServerVersion::gitVersion).orElse("version ?"),
            health.version().isPresent() ? State.OK : State.UNKNOWN,
            "the server's version"));
    pills.add(
        rbac(
            "list pods",
            health.canList(),
            "RBAC lets this user list pods in every namespace (the inventory needs it)"));
    pills.add(
        rbac(
            "patch deployments",
            health.canPatch(),
            "RBAC lets this user patch Deployments (applying rightsizing needs it)"));
    return pills;
  }

  private static HealthPill rbac(String verb, Optional<Boolean> allowed, String tooltip) {
    return allowed
        .map(a -> new HealthPill(a ? verb : "cannot " + verb, a ? State.OK : State.BAD, tooltip))
        .orElse(new HealthPill(verb + " ?", State.UNKNOWN, tooltip));
  }
}
