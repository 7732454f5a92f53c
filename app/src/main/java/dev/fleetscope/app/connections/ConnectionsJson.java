package dev.fleetscope.app.connections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.ConnectionSettingsJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code connections.json}: a versioned, hand-written format. Each Prometheus is the prometheus module's
 * {@link ConnectionSettingsJson} object whose {@code auth} names where its secret is ({@code {"file": PATH}} or
 * {@code {"env": NAME}}), never the secret:
 * <pre>{@code
 * {"version": 1, "demoFleet": true,
 *  "prometheus": [{"id": "prometheus:prom:9090", "url": "http://prom:9090", ...,
 *                  "auth": {"type": "bearer", "token": {"file": "/run/secrets/prom-token"}}}],
 *  "kubeconfigs": [{"environment": true, "enabledContexts": ["prod"]},
 *                  {"file": "/home/me/lab.yaml", "enabledContexts": []}]}
 * }</pre>
 */
public final class ConnectionsJson {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("version", "demoFleet", "prometheus", "kubeconfigs");

  private ConnectionsJson() {}

  public static String write(SavedConnections connections) {
    ObjectNode root = JSON.createObjectNode().put("version", VERSION).put("demoFleet", connections.demoFleet());
    ArrayNode prometheus = root.putArray("prometheus");
    JsonNode settings = tree(ConnectionSettingsJson.write(connections.prometheus().stream().map(PrometheusEntry::settings).toList()));
    for (int i = 0; i < connections.prometheus().size(); i++) {
      ObjectNode node = (ObjectNode) settings.get(i);
      node.set("auth", auth(connections.prometheus().get(i).auth()));
      prometheus.add(node);
    }
    ArrayNode kubeconfigs = root.putArray("kubeconfigs");
    for (KubeconfigEntry entry : connections.kubeconfigs()) {
      ObjectNode node = kubeconfigs.addObject();
      entry.file().ifPresentOrElse(f -> node.put("file", f.toString()), () -> node.put("environment", true));
      ArrayNode contexts = node.putArray("enabledContexts");
      entry.enabledContexts().forEach(contexts::add);
    }
    return root.toPrettyString() + "\n";
  }

  /**
   * @param source the file name, for messages
   * @throws IllegalArgumentException naming the source, the entry and the field when something is wrong
   */
  public static SavedConnections read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object with \"prometheus\" and \"kubeconfigs\"");
    }
    root.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException(source + ": unknown field '" + f + "'; known are " + FIELDS);
      }
    });
    int version = root.path("version").asInt(VERSION);
    if (version != VERSION) {
      throw new IllegalArgumentException(source + ": version " + version + " is not one this Fleetscope reads (" + VERSION + ")");
    }
    return new SavedConnections(root.path("demoFleet").asBoolean(true), prometheus(root.path("prometheus"), source),
        kubeconfigs(root.path("kubeconfigs"), source));
  }

  private static List<PrometheusEntry> prometheus(JsonNode array, String source) {
    if (array.isMissingNode()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(source + ": \"prometheus\" must be an array");
    }
    List<SavedAuth> auths = new ArrayList<>();
    ArrayNode withoutAuth = JSON.createArrayNode();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String where = source + ", Prometheus connection " + (i + 1);
      if (!node.isObject()) {
        throw new IllegalArgumentException(where + ": expected an object");
      }
      auths.add(auth(node.path("auth"), where + ", auth"));
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.remove("auth");
      withoutAuth.add(copy);
    }
    List<ConnectionSettings> settings = ConnectionSettingsJson.read(withoutAuth.toString(), source + ", Prometheus");
    List<PrometheusEntry> entries = new ArrayList<>();
    for (int i = 0; i < settings.size(); i++) {
      entries.add(new PrometheusEntry(settings.get(i), auths.get(i)));
    }
    return entries;
  }

  private static List<KubeconfigEntry> kubeconfigs(JsonNode array, String source) {
    if (array.isMissingNode()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(source + ": \"kubeconfigs\" must be an array");
    }
    List<KubeconfigEntry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String where = source + ", kubeconfig " + (i + 1);
      boolean environment = node.path("environment").asBoolean(false);
      if (environment == node.hasNonNull("file")) {
        throw new IllegalArgumentException(where + ": give either \"file\": PATH or \"environment\": true");
      }
      List<String> contexts = new ArrayList<>();
      JsonNode enabled = node.path("enabledContexts");
      if (!enabled.isMissingNode() && !enabled.isArray()) {
        throw new IllegalArgumentException(where + ": \"enabledContexts\" must be an array of context names");
      }
      enabled.forEach(c -> contexts.add(c.asText()));
      Optional<Path> file = environment ? Optional.empty() : Optional.of(Path.of(node.get("file").asText()));
      entries.add(new KubeconfigEntry(file, contexts));
    }
    return entries;
  }

  static ObjectNode auth(SavedAuth auth) {
    ObjectNode node = JSON.createObjectNode();
    switch (auth) {
      case SavedAuth.None none -> node.put("type", "none");
      case SavedAuth.Bearer bearer -> node.put("type", "bearer").set("token", secret(bearer.token()));
      case SavedAuth.Basic basic -> node.put("type", "basic").put("username", basic.username()).set("password", secret(basic.password()));
    }
    return node;
  }

  static SavedAuth auth(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return SavedAuth.NONE;
    }
    return switch (node.path("type").asText("")) {
      case "none" -> SavedAuth.NONE;
      case "bearer" -> new SavedAuth.Bearer(secret(node.path("token"), where + ", token"));
      case "basic" -> {
        String user = node.path("username").asText("");
        if (user.isBlank()) {
          throw new IllegalArgumentException(where + ": basic auth needs a \"username\"");
        }
        yield new SavedAuth.Basic(user, secret(node.path("password"), where + ", password"));
      }
      default -> throw new IllegalArgumentException(where + ": \"type\" must be none, bearer or basic, was '" + node.path("type").asText() + "'");
    };
  }

  private static ObjectNode secret(SecretRef secret) {
    return switch (secret) {
      case SecretRef.InFile file -> JSON.createObjectNode().put("file", file.path().toString());
      case SecretRef.InEnvironment env -> JSON.createObjectNode().put("env", env.variable());
    };
  }

  private static SecretRef secret(JsonNode node, String where) {
    if (node.hasNonNull("file")) {
      return new SecretRef.InFile(Path.of(node.get("file").asText()));
    }
    if (node.hasNonNull("env")) {
      try {
        return new SecretRef.InEnvironment(node.get("env").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (node.has("inline")) {
      throw new IllegalArgumentException(where + ": Fleetscope keeps no secret in its files; put it in a file "
          + "({\"file\": \"/path\"}) or an environment variable ({\"env\": \"NAME\"})");
    }
    throw new IllegalArgumentException(where + ": expected {\"file\": \"/path\"} or {\"env\": \"NAME\"}");
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the prometheus module wrote JSON it cannot read back", e);
    }
  }
}
