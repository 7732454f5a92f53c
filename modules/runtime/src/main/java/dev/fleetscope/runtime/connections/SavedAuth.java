package dev.fleetscope.runtime.connections;

import dev.fleetscope.prometheus.Auth;
import java.util.Map;
import java.util.Objects;

/** A Prometheus connection's credentials as saved: what kind, and where its secret comes from. */
public sealed interface SavedAuth {
  SavedAuth NONE = new None();

  /** The credentials the Prometheus client sends, the secret looked up now. */
  Auth resolve(Map<String, String> environment) throws MissingSecretException;

  record None() implements SavedAuth {
    @Override
    public Auth resolve(Map<String, String> environment) {
      return Auth.NONE;
    }
  }

  record Bearer(SecretRef token) implements SavedAuth {
    public Bearer {
      Objects.requireNonNull(token, "bearer token");
    }

    @Override
    public Auth resolve(Map<String, String> environment) throws MissingSecretException {
      try {
        return Auth.bearer(token.resolve(environment));
      } catch (MissingSecretException e) {
        throw new MissingSecretException("bearer token: " + e.getMessage());
      }
    }
  }

  record Basic(String username, SecretRef password) implements SavedAuth {
    public Basic {
      if (username == null || username.isBlank()) {
        throw new IllegalArgumentException("basic auth needs a user name");
      }
      Objects.requireNonNull(password, "basic auth password");
    }

    @Override
    public Auth resolve(Map<String, String> environment) throws MissingSecretException {
      try {
        return Auth.basic(username, password.resolve(environment));
      } catch (MissingSecretException e) {
        throw new MissingSecretException("basic auth password: " + e.getMessage());
      }
    }
  }
}
