package dev.fleetscope.kubernetes;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a context: {@code /version} (reachable, which version), a one-item pod list
 * (authenticated, allowed to list) and, unless read-only, a SelfSubjectAccessReview for patching
 * Deployments.
 */
public final class HealthProbe {
  private static final String CAN_PATCH =
      """
      {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview",
       "spec":{"resourceAttributes":{"verb":"patch","group":"apps","resource":"deployments"}}}""";

  private final Clock clock;

  public HealthProbe(Clock clock) {
    this.clock = clock;
  }

  public ClusterHealth check(ClusterConnection connection) {
    KubeHttp http = new KubeHttp(connection);
    String name = connection.name();
    KubeHttp.Answer version;
    try {
      version = http.get("/version");
    } catch (IOException e) {
      return health(
          name,
          false,
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "unreachable: " + connection.baseUrl() + ": " + e.getMessage());
    }
    Optional<ServerVersion> server =
        version.ok()
            ? ServerVersion.parse(version.body().path("gitVersion").asText())
            : Optional.empty();
    try {
      KubeHttp.Answer pods = http.get("/api/v1/pods?limit=1");
      if (pods.code() == 401) {
        return health(
            name,
            true,
            false,
            server,
            Optional.empty(),
            Optional.empty(),
            "not authenticated: " + pods.message());
      }
      Optional<Boolean> canList = Optional.of(pods.ok());
      if (connection.readOnly()) {
        return health(
            name,
            true,
            true,
            server,
            canList,
            Optional.empty(),
            pods.ok() ? null : "cannot list pods: " + pods.message());
      }
      KubeHttp.Answer review =
          http.post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", CAN_PATCH);
      Optional<Boolean> canPatch =
          review.ok()
              ? Optional.of(review.body().path("status").path("allowed").asBoolean(false))
              : Optional.empty();
      String problem =
          !pods.ok()
              ? "cannot list pods: " + pods.message()
              : !review.ok() ? "cannot ask what it may patch: " + review.message() : null;
      return health(name, true, true, server, canList, canPatch, problem);
    } catch (IOException e) {
      return health(
          name,
          true,
          false,
          server,
          Optional.empty(),
          Optional.empty(),
          "failed: " + e.getMessage());
    }
  }

  private ClusterHealth health(
      String name,
      boolean reachable,
      boolean authenticated,
      Optional<ServerVersion> version,
      Optional<Boolean> canList,
      Optional<Boolean> canPatch,
      String problem) {
    return new ClusterHealth(
        name,
        reachable,
        authenticated,
        version,
        canList,
        canPatch,
        Optional.ofNullable(problem),
        clock.instant());
  }
}
