package dev.fleetscope.pipelines.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How a client authenticates: the value of its {@code Authorization} header, if any. */
public sealed interface Credentials
    permits Credentials.None, Credentials.Basic, Credentials.Bearer, JwtCredentials {

  /** The {@code Authorization} header value to send now. */
  Optional<String> authorization() throws IOException;

  /** After a 401: forget the current token; true when asking again may succeed (a fresh token). */
  default boolean renew() {
    return false;
  }

  /** No authentication (a local or proxied server). */
  record None() implements Credentials {
    @Override
    public Optional<String> authorization() {
      return Optional.empty();
    }
  }

  /** HTTP basic authentication (Airflow 2). */
  record Basic(String username, String password) implements Credentials {
    @Override
    public Optional<String> authorization() {
      String pair = username + ":" + password;
      return Optional.of(
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Basic[" + username + "]";
    }
  }

  /** A bearer token given by the user (Kubeflow Pipelines, Argo Server). */
  record Bearer(String token) implements Credentials {
    @Override
    public Optional<String> authorization() {
      return Optional.of(token.regionMatches(true, 0, "Bearer ", 0, 7) ? token : "Bearer " + token);
    }

    @Override
    public String toString() {
      return "Bearer[redacted]";
    }
  }

  static Credentials none() {
    return new None();
  }

  /** A bearer token when one is given, else none. */
  static Credentials bearerOrNone(String token) {
    return token == null || token.isBlank() ? none() : new Bearer(token.strip());
  }
}
