package dev.fleetscope.runtime.connections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.json.JsonProblems;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.ConnectionSettingsJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code connections.json}: a versioned, hand-written format. Each Prometheus is the prometheus
 * module's {@link ConnectionSettingsJson} object whose {@code auth} names where its secret is
 * ({@code {"file": PATH}} or {@code {"env": NAME}}), never the secret:
 *
 * <pre>{@code
 * {"version": 1, "demoFleet": true,
 *  "prometheus": [{"id": "prometheus:prom:9090", "url": "http://prom:9090", ...,
 *                  "auth": {"type": "bearer", "token": {"file": "/run/secrets/prom-token"}}}],
 *  "kubeconfigs": [{"environment": true, "enabledContexts": ["prod"]},
 *                  {"file": "/home/me/lab.yaml", "enabledContexts": []}],
 *  "pipelines": [{"id": "airflow:airflow:8080", "kind": "airflow", "name": "Airflow prod", "url": "http://airflow:8080",
 *                 "user": "ops", "password": {"env": "AIRFLOW_PASSWORD"}, "intervalSeconds": 60,
 *                 "placement": {"namespace": "features", "cluster": "prod", "labels": {"team": "ml"}}},
 *                {"id": "argo-context:lab", "kind": "argo-context", "context": "lab", "namespaces": ["argo"], ...}]}
 * }</pre>
 *
 * A file without {@code "pipelines"} (written before pipeline sources could be saved) has none; a
 * pipeline source without {@code "placement"} (written before placements could be saved) has none.
 */
public final class ConnectionsJson {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of("version", "demoFleet", "prometheus", "kubeconfigs", "pipelines");
  private static final Set<String> PIPELINE_FIELDS =
      Set.of(
          "id",
          "kind",
          "name",
          "url",
          "context",
          "user",
          "password",
          "token",
          "namespaces",
          "intervalSeconds",
          "placement",
          DeadlinesJson.FIELD);
  static final Set<String> PLACEMENT_FIELDS = Set.of("cluster", "namespace", "labels");

  private ConnectionsJson() {}

  public static String write(SavedConnections connections) {
    ObjectNode root =
        JSON.createObjectNode().put("version", VERSION).put("demoFleet", connections.demoFleet());
    ArrayNode prometheus = root.putArray("prometheus");
    JsonNode settings =
        tree(
            ConnectionSettingsJson.write(
                connections.prometheus().stream().map(PrometheusEntry::settings).toList()));
    for (int i = 0; i < connections.prometheus().size(); i++) {
      ObjectNode node = (ObjectNode) settings.get(i);
      node.set("auth", auth(connections.prometheus().get(i).auth()));
      prometheus.add(node);
    }
    ArrayNode kubeconfigs = root.putArray("kubeconfigs");
    for (KubeconfigEntry entry : connections.kubeconfigs()) {
      ObjectNode node = kubeconfigs.addObject();
      entry
          .file()
          .ifPresentOrElse(
              f -> node.put("file", f.toString()), () -> node.put("environment", true));
      ArrayNode contexts = node.putArray("enabledContexts");
      entry.enabledContexts().forEach(contexts::add);
      DeadlinesJson.write(node, entry.deadlines());
    }
    ArrayNode pipelines = root.putArray("pipelines");
    connections.pipelines().forEach(p -> pipelines.add(pipeline(p)));
    return root.toPrettyString() + "\n";
  }

  /**
   * @param source the file name, for messages
   * @throws IllegalArgumentException naming the source, the entry and the field when something is
   *     wrong
   */
  public static SavedConnections read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": " + JsonProblems.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          source + ": expected a JSON object with \"prometheus\" and \"kubeconfigs\"");
    }
    root.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    source + ": unknown field '" + f + "'; known are " + FIELDS);
              }
            });
    int version = root.path("version").asInt(VERSION);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          source + ": version " + version + " is not one this Fleetscope reads (" + VERSION + ")");
    }
    return new SavedConnections(
        root.path("demoFleet").asBoolean(true),
        prometheus(root.path("prometheus"), source),
        kubeconfigs(root.path("kubeconfigs"), source),
        pipelines(root.path("pipelines"), source));
  }

  private static ObjectNode pipeline(PipelineEntry entry) {
    ObjectNode node =
        JSON.createObjectNode()
            .put("id", entry.id())
            .put("kind", entry.kind().json())
            .put("name", entry.name())
            .put(entry.kind().usesUrl() ? "url" : "context", entry.target());
    entry.user().ifPresent(u -> node.put("user", u));
    entry.secret().ifPresent(s -> node.set(entry.kind().secretField(), secret(s)));
    if (!entry.namespaces().isEmpty()) {
      ArrayNode namespaces = node.putArray("namespaces");
      entry.namespaces().forEach(namespaces::add);
    }
    node.put("intervalSeconds", entry.interval().toSeconds());
    DeadlinesJson.write(node, entry.deadlines());
    entry
        .placement()
        .ifPresent(
            p -> {
              ObjectNode placement = node.putObject("placement").put("namespace", p.namespace());
              p.cluster().ifPresent(c -> placement.put("cluster", c));
              if (!p.labels().isEmpty()) {
                ObjectNode labels = placement.putObject("labels");
                p.labels().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> labels.put(e.getKey(), e.getValue()));
              }
            });
    return node;
  }

  private static Optional<PipelinePlacement> placement(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          where + ": expected {\"namespace\": NAME, \"cluster\": NAME, \"labels\": {KEY: VALUE}}");
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!PLACEMENT_FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    where + ": unknown field '" + f + "'; known are " + PLACEMENT_FIELDS);
              }
            });
    JsonNode labels = node.path("labels");
    if (!labels.isMissingNode() && !labels.isObject()) {
      throw new IllegalArgumentException(
          where + ": \"labels\" must be an object of label names to values");
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    labels
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException(
                    where + ": the label '" + e.getKey() + "' must have a string value");
              }
              pairs.put(e.getKey(), e.getValue().textValue());
            });
    try {
      return Optional.of(
          new PipelinePlacement(
              Optional.ofNullable(node.path("cluster").textValue()),
              node.path("namespace").asText(""),
              pairs));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<PipelineEntry> pipelines(JsonNode array, String source) {
    if (array.isMissingNode()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(source + ": \"pipelines\" must be an array");
    }
    List<PipelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      entries.add(pipeline(array.get(i), source + ", pipeline source " + (i + 1)));
    }
    return entries;
  }

  private static PipelineEntry pipeline(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!PIPELINE_FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    where + ": unknown field '" + f + "'; known are " + PIPELINE_FIELDS);
              }
            });
    String kindName = node.path("kind").asText("");
    PipelineEntry.Kind kind =
        PipelineEntry.Kind.byJson(kindName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + ": \"kind\" must be airflow, kubeflow, argo-server or argo-context, was '"
                            + kindName
                            + "'"));
    String targetField = kind.usesUrl() ? "url" : "context";
    String otherSecret = kind == PipelineEntry.Kind.AIRFLOW ? "token" : "password";
    if (node.has(otherSecret)) {
      throw new IllegalArgumentException(where + ": " + kind + " takes no \"" + otherSecret + "\"");
    }
    JsonNode secret = node.path(kind.secretField());
    Optional<SecretRef> ref =
        secret.isMissingNode() || secret.isNull()
            ? Optional.empty()
            : Optional.of(secret(secret, where + ", " + kind.secretField()));
    JsonNode namespaces = node.path("namespaces");
    if (!namespaces.isMissingNode() && !namespaces.isArray()) {
      throw new IllegalArgumentException(where + ": \"namespaces\" must be an array of names");
    }
    List<String> names = new ArrayList<>();
    namespaces.forEach(n -> names.add(n.asText()));
    JsonNode interval = node.path("intervalSeconds");
    if (!interval.isMissingNode() && !interval.canConvertToLong()) {
      throw new IllegalArgumentException(
          where + ": \"intervalSeconds\" must be a whole number of seconds");
    }
    Optional<PipelinePlacement> placement =
        placement(node.path("placement"), where + ", placement");
    try {
      return new PipelineEntry(
          node.path("id").asText(""),
          kind,
          node.path("name").asText(""),
          node.path(targetField).asText(""),
          Optional.ofNullable(node.path("user").textValue()),
          ref,
          names,
          interval.isMissingNode()
              ? PipelineEntry.DEFAULT_INTERVAL
              : Duration.ofSeconds(interval.asLong()),
          placement,
          DeadlinesJson.read(node, where));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
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
    List<ConnectionSettings> settings =
        ConnectionSettingsJson.read(withoutAuth.toString(), source + ", Prometheus");
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
        throw new IllegalArgumentException(
            where + ": give either \"file\": PATH or \"environment\": true");
      }
      List<String> contexts = new ArrayList<>();
      JsonNode enabled = node.path("enabledContexts");
      if (!enabled.isMissingNode() && !enabled.isArray()) {
        throw new IllegalArgumentException(
            where + ": \"enabledContexts\" must be an array of context names");
      }
      enabled.forEach(c -> contexts.add(c.asText()));
      Optional<Path> file =
          environment ? Optional.empty() : Optional.of(Path.of(node.get("file").asText()));
      entries.add(new KubeconfigEntry(file, contexts, DeadlinesJson.read(node, where)));
    }
    return entries;
  }

  static ObjectNode auth(SavedAuth auth) {
    ObjectNode node = JSON.createObjectNode();
    switch (auth) {
      case SavedAuth.None none -> node.put("type", "none");
      case SavedAuth.Bearer bearer ->
          node.put("type", "bearer").set("token", secret(bearer.token()));
      case SavedAuth.Basic basic ->
          node.put("type", "basic")
              .put("username", basic.username())
              .set("password", secret(basic.password()));
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
      default ->
          throw new IllegalArgumentException(
              where
                  + ": \"type\" must be none, bearer or basic, was '"
                  + node.path("type").asText()
                  + "'");
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
      throw new IllegalArgumentException(
          where
              + ": Fleetscope keeps no secret in its files; put it in a file "
              + "({\"file\": \"/path\"}) or an environment variable ({\"env\": \"NAME\"})");
    }
    throw new IllegalArgumentException(
        where + ": expected {\"file\": \"/path\"} or {\"env\": \"NAME\"}");
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the prometheus module wrote JSON it cannot read back", e);
    }
  }
}
