package dev.fleetscope.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.net.Deadlines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The parts of {@link ConnectionSettingsJson}: auth, secrets, TLS, label names and timeouts to and
 * from JSON.
 */
final class SettingsNodes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SettingsNodes() {}

  static ObjectNode auth(Auth auth) {
    ObjectNode node = NODES.objectNode();
    switch (auth) {
      case Auth.None none -> node.put("type", "none");
      case Auth.Bearer bearer -> node.put("type", "bearer").set("token", secret(bearer.token()));
      case Auth.Basic basic ->
          node.put("type", "basic")
              .put("username", basic.username())
              .set("password", secret(basic.password()));
    }
    return node;
  }

  static Auth auth(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return Auth.NONE;
    }
    return switch (node.path("type").asText("")) {
      case "none" -> Auth.NONE;
      case "bearer" -> Auth.bearer(secret(node.path("token"), where + ", token"));
      case "basic" ->
          Auth.basic(
              text(node, "username", where), secret(node.path("password"), where + ", password"));
      default ->
          throw new IllegalArgumentException(
              where
                  + ": type must be none, bearer or basic, was '"
                  + node.path("type").asText()
                  + "'");
    };
  }

  static ObjectNode secret(Secret secret) {
    return switch (secret) {
      case Secret.Inline inline -> NODES.objectNode().put("inline", inline.value());
      case Secret.FromFile file -> NODES.objectNode().put("file", file.path().toString());
    };
  }

  static Secret secret(JsonNode node, String where) {
    if (node.hasNonNull("file")) {
      return Secret.fromFile(Path.of(node.get("file").asText()));
    }
    if (node.hasNonNull("inline")) {
      return Secret.inline(node.get("inline").asText());
    }
    throw new IllegalArgumentException(
        where + ": expected {\"file\": \"/path\"} or {\"inline\": \"...\"}");
  }

  static ObjectNode tls(Tls tls) {
    ObjectNode node = NODES.objectNode();
    tls.caFile().ifPresent(p -> node.put("caFile", p.toString()));
    tls.clientCertificateFile().ifPresent(p -> node.put("clientCertificateFile", p.toString()));
    tls.clientKeyFile().ifPresent(p -> node.put("clientKeyFile", p.toString()));
    return node;
  }

  static Tls tls(JsonNode node, String where) {
    try {
      return new Tls(
          path(node, "caFile"), path(node, "clientCertificateFile"), path(node, "clientKeyFile"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  static LabelNames labels(JsonNode node, String where) {
    LabelNames d = LabelNames.STANDARD;
    try {
      return new LabelNames(
          node.path("cluster").asText(d.cluster()),
          node.path("pod").asText(d.pod()),
          node.path("container").asText(d.container()),
          node.path("gpuNamespace").asText(d.gpuNamespace()),
          node.path("gpuPod").asText(d.gpuPod()),
          node.path("gpuContainer").asText(d.gpuContainer()),
          node.path("teamLabel").asText(d.teamLabel()),
          node.path("modelLabel").asText(d.modelLabel()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  static ObjectNode timeouts(Timeouts t) {
    Deadlines d = t.deadlines();
    return NODES
        .objectNode()
        .put("connectMillis", d.connect().toMillis())
        .put("readMillis", d.read().toMillis())
        .put("callMillis", d.call().toMillis())
        .put("queryMillis", t.query().toMillis())
        .put("attempts", t.attempts())
        .put("firstBackoffMillis", t.firstBackoff().toMillis())
        .put("maxBackoffMillis", t.maxBackoff().toMillis());
  }

  /**
   * Reads what {@link #timeouts(Timeouts)} writes; files written before deadlines had {@code
   * connectSeconds}.
   */
  static Timeouts timeouts(JsonNode node, String where) {
    Timeouts d = Timeouts.DEFAULT;
    Deadlines dd = d.deadlines();
    try {
      long connect =
          node.has("connectMillis")
              ? node.path("connectMillis").asLong()
              : node.path("connectSeconds").asLong(dd.connect().toSeconds()) * 1000;
      Deadlines deadlines =
          new Deadlines(
              Duration.ofMillis(connect),
              Duration.ofMillis(node.path("readMillis").asLong(dd.read().toMillis())),
              Duration.ofMillis(node.path("callMillis").asLong(dd.call().toMillis())));
      return new Timeouts(
          deadlines,
          Duration.ofMillis(node.path("queryMillis").asLong(d.query().toMillis())),
          node.path("attempts").asInt(d.attempts()),
          Duration.ofMillis(node.path("firstBackoffMillis").asLong(d.firstBackoff().toMillis())),
          Duration.ofMillis(node.path("maxBackoffMillis").asLong(d.maxBackoff().toMillis())));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(
          where + ": '" + field + "' is required and must be a non-empty string");
    }
    return value.asText();
  }

  private static Optional<Path> path(JsonNode node, String field) {
    return node.hasNonNull(field)
        ? Optional.of(Path.of(node.get(field).asText()))
        : Optional.empty();
  }
}
