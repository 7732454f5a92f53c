package dev.fleetscope.pipelines.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A JSON Web Token obtained by logging in (Airflow 3's {@code POST /auth/token}), renewed shortly
 * before the expiry its {@code exp} claim states, and at once after a 401 (a token revoked or
 * expired early).
 */
public final class JwtCredentials implements Credentials {
  /** Logs in and returns a fresh token. */
  @FunctionalInterface
  public interface Issuer {
    String issue() throws IOException;
  }

  private static final Duration EARLY = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Issuer issuer;
  private final Clock clock;
  private String token;
  private Optional<Instant> expiry = Optional.empty();

  public JwtCredentials(Issuer issuer, Clock clock) {
    this.issuer = issuer;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<String> authorization() throws IOException {
    if (token == null || expiry.map(e -> !clock.instant().isBefore(e.minus(EARLY))).orElse(false)) {
      token = issuer.issue();
      expiry = expiry(token);
    }
    return Optional.of("Bearer " + token);
  }

  @Override
  public synchronized boolean renew() {
    token = null;
    return true;
  }

  /**
   * The {@code exp} claim of a JWT, when it has one; an opaque token has none and is renewed only
   * on 401.
   */
  static Optional<Instant> expiry(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode exp = JSON.readTree(new String(payload, StandardCharsets.UTF_8)).path("exp");
      return exp.isNumber() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "Jwt[redacted]";
  }
}
