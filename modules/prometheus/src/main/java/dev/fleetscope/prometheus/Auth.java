package dev.fleetscope.prometheus;

import java.util.Objects;

/** How Fleetscope proves who it is to Prometheus: nothing, a bearer token, or HTTP basic auth. */
public sealed interface Auth {
  Auth NONE = new None();

  static Auth bearer(Secret token) {
    return new Bearer(token);
  }

  static Auth basic(String username, Secret password) {
    return new Basic(username, password);
  }

  record None() implements Auth {}

  /**
   * {@code Authorization: Bearer <token>}, as OpenShift, GKE managed Prometheus proxies and Grafana
   * Cloud want.
   */
  record Bearer(Secret token) implements Auth {
    public Bearer {
      Objects.requireNonNull(token, "bearer token");
    }
  }

  /**
   * HTTP basic auth, as Prometheus's own {@code --web.config.file} and most reverse proxies check
   * it.
   */
  record Basic(String username, Secret password) implements Auth {
    public Basic {
      if (username == null || username.isBlank()) {
        throw new IllegalArgumentException("basic auth needs a user name");
      }
      Objects.requireNonNull(password, "basic auth password");
    }
  }
}
