package dev.fleetscope.alerts.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.json.JsonProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code alert-rules.json}, a versioned, hand-editable file in the config folder:
 *
 * <pre>{@code
 * {"version": 1,
 *  "rules": [
 *    {"id": "dataset-drift", "kind": "dataset-drift", "enabled": true, "threshold": 0.5,
 *     "duration": "0s", "severity": "warning"},
 *    {"id": "gpu-idle-ml", "kind": "gpu-idle", "threshold": 0.05, "duration": "2h",
 *     "severity": "warning", "scope": {"clusters": ["prod"], "teams": ["ml-*"]}}]}
 * }</pre>
 *
 * Only {@code id} and {@code kind} are required; a field left out takes the value of the kind's
 * {@link DefaultRules default rule}, a scope left out watches everything. A file of a newer version
 * is refused rather than half read.
 */
public final class AlertRulesFile {
  public static final String FILE_NAME = "alert-rules.json";
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("version", "rules");

  private AlertRulesFile() {}

  /**
   * @param source the file's name or path, for messages
   * @throws AlertRulesException naming the source, and the entry and field at fault
   */
  public static List<AlertRule> read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new AlertRulesException(source + ": " + JsonProblems.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new AlertRulesException(
          source + ": expected a JSON object with \"version\" and \"rules\"");
    }
    for (String field : (Iterable<String>) root::fieldNames) {
      if (!FIELDS.contains(field)) {
        throw new AlertRulesException(
            source + ": unknown field '" + field + "'; known are " + sorted(FIELDS));
      }
    }
    checkVersion(root.path("version"), source);
    JsonNode rules = root.path("rules");
    if (!rules.isArray()) {
      throw new AlertRulesException(source + ": \"rules\" must be an array of rules");
    }
    List<AlertRule> read = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      AlertRule rule = RuleJson.read(rules.get(i), source + ": rules[" + i + "]");
      Integer earlier = ids.putIfAbsent(rule.id(), i);
      if (earlier != null) {
        throw new AlertRulesException(
            source
                + ": rules["
                + i
                + "].id: '"
                + rule.id()
                + "' is already the id of rules["
                + earlier
                + "]");
      }
      read.add(rule);
    }
    return List.copyOf(read);
  }

  public static void write(List<AlertRule> rules, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("version", VERSION);
    ArrayNode array = root.putArray("rules");
    rules.forEach(rule -> array.add(RuleJson.write(rule)));
    out.write((root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void checkVersion(JsonNode version, String source) throws AlertRulesException {
    if (version.isMissingNode()) {
      return;
    }
    if (!version.isIntegralNumber()) {
      throw new AlertRulesException(
          source + ": \"version\" must be a whole number, was " + version);
    }
    int found = version.asInt();
    if (found > VERSION) {
      throw new AlertRulesException(
          source
              + " was written by a newer Fleetscope (format version "
              + found
              + "); this one reads version "
              + VERSION
              + ". Update Fleetscope, or move the file aside to start again from the default"
              + " rules.");
    }
    if (found < 1) {
      throw new AlertRulesException(source + ": there is no format version " + found);
    }
  }

  static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  /** Scope lists as the file writes them. */
  static Map<String, List<String>> dimensions(Scope scope) {
    Map<String, List<String>> dims = new java.util.LinkedHashMap<>();
    dims.put("clusters", scope.clusters());
    dims.put("namespaces", scope.namespaces());
    dims.put("teams", scope.teams());
    dims.put("models", scope.models());
    return dims;
  }
}
