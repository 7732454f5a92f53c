package dev.fleetscope.prometheus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.json.JsonProblems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link ConnectionSettings} as JSON, for the console to persist its connections: a versioned,
 * hand-written format, so renaming a Java field never breaks a saved file. Secrets are written as
 * given: prefer {@code {"file": "/path"}} over {@code {"inline": "..."}} for tokens and passwords.
 */
public final class ConnectionSettingsJson {
  static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> FIELDS =
      List.of(
          "version",
          "id",
          "displayName",
          "url",
          "auth",
          "tls",
          "tenant",
          "headers",
          "labels",
          "clusterName",
          "refreshIntervalSeconds",
          "timeouts");

  private ConnectionSettingsJson() {}

  public static String write(List<ConnectionSettings> connections) {
    ArrayNode array = JSON.createArrayNode();
    connections.forEach(c -> array.add(toJson(c)));
    return array.toPrettyString();
  }

  /**
   * @param source where the text came from (a file name), for messages
   * @throws IllegalArgumentException naming the source, the connection and the field when something
   *     is wrong
   */
  public static List<ConnectionSettings> read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": " + JsonProblems.describe(e), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(source + ": expected a JSON array of connections");
    }
    List<ConnectionSettings> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String where = source + ", connection " + (i + 1);
      try {
        out.add(fromJson(root.get(i), where));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            e.getMessage() != null && e.getMessage().startsWith(where)
                ? e.getMessage()
                : where + ": " + e.getMessage(),
            e);
      }
    }
    return out;
  }

  static ObjectNode toJson(ConnectionSettings c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("version", VERSION)
        .put("id", c.id())
        .put("displayName", c.displayName())
        .put("url", c.url().toString());
    node.set("auth", SettingsNodes.auth(c.auth()));
    node.set("tls", SettingsNodes.tls(c.tls()));
    c.tenant().ifPresent(t -> node.put("tenant", t));
    ObjectNode headers = node.putObject("headers");
    c.headers().forEach(headers::put);
    node.set("labels", JSON.valueToTree(c.labels()));
    node.put("clusterName", c.clusterName())
        .put("refreshIntervalSeconds", c.refreshInterval().toSeconds());
    node.set("timeouts", SettingsNodes.timeouts(c.timeouts()));
    return node;
  }

  static ConnectionSettings fromJson(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    where + ": unknown field '" + f + "'; known are " + FIELDS);
              }
            });
    int version = node.path("version").asInt(VERSION);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          where + ": version " + version + " is not one this Fleetscope reads (" + VERSION + ")");
    }
    String url = SettingsNodes.text(node, "url", where);
    ConnectionSettings c = ConnectionSettings.forUrl(url);
    String id = node.path("id").asText(c.id());
    c =
        c.withName(id, node.path("displayName").asText(c.displayName()))
            .withAuth(SettingsNodes.auth(node.path("auth"), where + ", auth"))
            .withTls(SettingsNodes.tls(node.path("tls"), where + ", tls"))
            .withLabels(SettingsNodes.labels(node.path("labels"), where + ", labels"))
            .withClusterName(node.path("clusterName").asText(c.clusterName()))
            .withRefreshInterval(
                Duration.ofSeconds(
                    node.path("refreshIntervalSeconds").asLong(c.refreshInterval().toSeconds())))
            .withTimeouts(SettingsNodes.timeouts(node.path("timeouts"), where + ", timeouts"));
    if (node.hasNonNull("tenant")) {
      c = c.withTenant(node.get("tenant").asText());
    }
    for (Map.Entry<String, JsonNode> header : node.path("headers").properties()) {
      c = c.withHeader(header.getKey(), header.getValue().asText());
    }
    return c;
  }
}
