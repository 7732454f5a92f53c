package dev.fleetscope.alerts.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One rule of the rules file; every failure names the entry ({@code rules[3]}) and the field. */
final class RuleJson {
  private static final Set<String> FIELDS =
      Set.of("id", "kind", "enabled", "threshold", "duration", "severity", "scope");
  private static final Set<String> SCOPE_FIELDS =
      Set.of("clusters", "namespaces", "teams", "models");

  private RuleJson() {}

  static AlertRule read(JsonNode node, String where) throws AlertRulesException {
    if (!node.isObject()) {
      throw new AlertRulesException(where + ": expected a rule object, was " + node.getNodeType());
    }
    unknownFields(node, FIELDS, where);
    String id = text(node, "id", where);
    RuleKind kind;
    try {
      kind = RuleKind.ofId(text(node, "kind", where));
    } catch (IllegalArgumentException e) {
      throw new AlertRulesException(where + ".kind: " + e.getMessage());
    }
    AlertRule base = DefaultRules.of(kind);
    boolean enabled = base.enabled();
    if (node.has("enabled")) {
      if (!node.get("enabled").isBoolean()) {
        throw new AlertRulesException(where + ".enabled: expected true or false");
      }
      enabled = node.get("enabled").booleanValue();
    }
    double threshold = base.threshold();
    if (node.has("threshold")) {
      JsonNode value = node.get("threshold");
      if (!value.isNumber()) {
        throw new AlertRulesException(where + ".threshold: expected a number, was " + value);
      }
      threshold = value.doubleValue();
      String problem = kind.thresholdProblem(threshold).orElse(null);
      if (problem != null) {
        throw new AlertRulesException(where + ".threshold: " + problem);
      }
    }
    Duration duration = base.duration();
    if (node.has("duration")) {
      try {
        duration = DurationText.parse(text(node, "duration", where));
      } catch (IllegalArgumentException e) {
        throw new AlertRulesException(where + ".duration: " + e.getMessage());
      }
    }
    Severity severity = base.severity();
    if (node.has("severity")) {
      try {
        severity = Severity.ofId(text(node, "severity", where));
      } catch (IllegalArgumentException e) {
        throw new AlertRulesException(where + ".severity: " + e.getMessage());
      }
    }
    Scope scope = node.has("scope") ? scope(node.get("scope"), where + ".scope") : Scope.ALL;
    try {
      return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
    } catch (IllegalArgumentException e) {
      throw new AlertRulesException(where + ".id: " + e.getMessage());
    }
  }

  static ObjectNode write(AlertRule rule) {
    ObjectNode node =
        JsonNodeFactory.instance
            .objectNode()
            .put("id", rule.id())
            .put("kind", rule.kind().id())
            .put("enabled", rule.enabled())
            .put("threshold", rule.threshold())
            .put("duration", DurationText.format(rule.duration()))
            .put("severity", rule.severity().id());
    if (!rule.scope().all()) {
      ObjectNode scope = node.putObject("scope");
      for (Map.Entry<String, List<String>> dim :
          AlertRulesFile.dimensions(rule.scope()).entrySet()) {
        if (!dim.getValue().isEmpty()) {
          ArrayNode values = scope.putArray(dim.getKey());
          dim.getValue().forEach(values::add);
        }
      }
    }
    return node;
  }

  private static Scope scope(JsonNode node, String where) throws AlertRulesException {
    if (!node.isObject()) {
      throw new AlertRulesException(
          where
              + ": expected {\"clusters\": [...], \"namespaces\": [...], \"teams\": [...],"
              + " \"models\": [...]}");
    }
    unknownFields(node, SCOPE_FIELDS, where);
    try {
      return new Scope(
          names(node, "clusters", where),
          names(node, "namespaces", where),
          names(node, "teams", where),
          names(node, "models", where));
    } catch (IllegalArgumentException e) {
      throw new AlertRulesException(where + ": " + e.getMessage());
    }
  }

  private static List<String> names(JsonNode scope, String field, String where)
      throws AlertRulesException {
    JsonNode values = scope.path(field);
    if (values.isMissingNode()) {
      return List.of();
    }
    if (!values.isArray()) {
      throw new AlertRulesException(where + "." + field + ": expected an array of names");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isTextual() || values.get(i).textValue().isBlank()) {
        throw new AlertRulesException(
            where + "." + field + "[" + i + "]: expected a name, was " + values.get(i));
      }
      names.add(values.get(i).textValue());
    }
    return names;
  }

  private static String text(JsonNode node, String field, String where) throws AlertRulesException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new AlertRulesException(where + ": no \"" + field + "\"");
    }
    if (!value.isTextual()) {
      throw new AlertRulesException(where + "." + field + ": expected a string, was " + value);
    }
    return value.textValue();
  }

  private static void unknownFields(JsonNode node, Set<String> known, String where)
      throws AlertRulesException {
    for (String field : (Iterable<String>) node::fieldNames) {
      if (!known.contains(field)) {
        throw new AlertRulesException(
            where + ": unknown field '" + field + "'; known are " + AlertRulesFile.sorted(known));
      }
    }
  }
}
