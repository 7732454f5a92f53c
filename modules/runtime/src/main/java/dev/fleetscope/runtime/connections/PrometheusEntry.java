package dev.fleetscope.runtime.connections;

import dev.fleetscope.prometheus.Auth;
import dev.fleetscope.prometheus.ConnectionSettings;
import java.util.Map;
import java.util.Objects;

/**
 * A saved Prometheus (or Thanos, Mimir) connection: the module's settings, with the credentials
 * kept apart as references ({@link SavedAuth}), so that what is saved never holds a secret and the
 * secret is read only when the connection is made.
 *
 * @param settings everything but the credentials; its own auth is always {@link Auth#NONE}
 */
public record PrometheusEntry(ConnectionSettings settings, SavedAuth auth) {
  public PrometheusEntry {
    Objects.requireNonNull(auth, "auth");
    settings = settings.withAuth(Auth.NONE);
  }

  public String id() {
    return settings.id();
  }

  /** The settings to connect with, the secret looked up in {@code environment} now. */
  public ConnectionSettings resolve(Map<String, String> environment) throws MissingSecretException {
    return settings.withAuth(auth.resolve(environment));
  }
}
