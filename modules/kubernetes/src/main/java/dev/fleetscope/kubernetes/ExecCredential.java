package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * What an exec credential plugin answered ({@code ExecCredential.status}): a bearer token or a
 * client certificate with its key (PEM), either valid until its {@code expirationTimestamp} when it
 * gives one.
 */
sealed interface ExecCredential permits ExecCredential.Token, ExecCredential.ClientCertificate {
  Optional<Instant> expires();

  default boolean expiredAt(Instant now) {
    return expires().map(e -> !now.isBefore(e)).orElse(false);
  }

  record Token(String token, Optional<Instant> expires) implements ExecCredential {
    @Override
    public String toString() {
      return "Token[redacted, expires " + expires + "]";
    }
  }

  record ClientCertificate(String certificatePem, String keyPem, Optional<Instant> expires)
      implements ExecCredential {
    @Override
    public String toString() {
      return "ClientCertificate[key redacted, expires " + expires + "]";
    }
  }

  /**
   * Reads {@code status}; the message of a failure says what was missing, never the secret.
   *
   * @throws IllegalArgumentException with the end of a sentence "... printed ..."
   */
  static ExecCredential of(JsonNode credential) {
    if (!"ExecCredential".equals(credential.path("kind").asText())) {
      throw new IllegalArgumentException(
          "JSON that is not an ExecCredential (its kind is '"
              + credential.path("kind").asText("")
              + "')");
    }
    JsonNode status = credential.path("status");
    Optional<Instant> expires = Optional.empty();
    if (status.hasNonNull("expirationTimestamp")) {
      String text = status.path("expirationTimestamp").asText();
      try {
        expires = Optional.of(Instant.parse(text));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(
            "an expirationTimestamp that is not an RFC 3339 time: '" + text + "'", e);
      }
    }
    if (status.path("token").isTextual() && !status.path("token").asText().isEmpty()) {
      return new Token(status.path("token").asText(), expires);
    }
    if (status.path("clientCertificateData").isTextual()
        && status.path("clientKeyData").isTextual()) {
      return new ClientCertificate(
          status.path("clientCertificateData").asText(),
          status.path("clientKeyData").asText(),
          expires);
    }
    throw new IllegalArgumentException(
        "an ExecCredential with neither status.token nor status.clientCertificateData and"
            + " status.clientKeyData");
  }
}
