package dev.fleetscope.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesFileTest {
  static List<AlertRule> read(String json) throws IOException {
    return AlertRulesFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "alert-rules.json");
  }

  static String write(List<AlertRule> rules) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AlertRulesFile.write(rules, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String refusal(String json) {
    return assertThrows(AlertRulesException.class, () -> read(json)).getMessage();
  }

  @Test
  void theDefaultsAndAScopedRuleReadBackAsWritten() throws IOException {
    AlertRule scoped =
        new AlertRule(
            "gpu-idle-prod",
            RuleKind.GPU_IDLE,
            false,
            0.1,
            Duration.ofMinutes(90),
            Severity.CRITICAL,
            new Scope(List.of("prod"), List.of(), List.of("ml-*"), List.of("ranker")));
    List<AlertRule> rules =
        java.util.stream.Stream.concat(
                DefaultRules.all().stream(), java.util.stream.Stream.of(scoped))
            .toList();
    String json = write(rules);
    assertEquals(rules, read(json));
    assertEquals(true, json.contains("\"duration\" : \"1h30m\""), json);
    assertEquals(true, json.startsWith("{\n  \"version\" : 1,"), json);
  }

  @Test
  void fieldsLeftOutTakeTheKindsDefaults() throws IOException {
    AlertRule rule =
        read("{\"version\": 1, \"rules\": [{\"id\": \"drift\", \"kind\": \"dataset-drift\"}]}")
            .getFirst();
    assertEquals(DefaultRules.of(RuleKind.DATASET_DRIFT).threshold(), rule.threshold());
    assertEquals(Scope.ALL, rule.scope());
    assertEquals("drift", rule.id());
  }

  @Test
  void refusesAFileOfANewerVersionSayingWhatToDo() {
    assertEquals(
        "alert-rules.json was written by a newer Fleetscope (format version 2); this one reads"
            + " version 1. Update Fleetscope, or move the file aside to start again from the"
            + " default rules.",
        refusal("{\"version\": 2, \"rules\": [{\"id\": \"x\", \"kind\": \"future-kind\"}]}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'id': 'a', 'kind': 'oom-kills', 'threshold': 'high'}"
            + "|alert-rules.json: rules[1].threshold: expected a number, was \"high\"",
        "{'id': 'a', 'kind': 'dataset-drift', 'threshold': 1.5}"
            + "|alert-rules.json: rules[1].threshold: the threshold of a dataset-drift rule is a"
            + " fraction between 0 and 1, was 1.5",
        "{'id': 'a', 'kind': 'oom-kill'}"
            + "|alert-rules.json: rules[1].kind: unknown rule kind 'oom-kill'; expected one of"
            + " [dataset-drift, pipeline-failed, pipeline-slow, oom-kills, cpu-throttling,"
            + " gpu-idle, cost-over-forecast, source-unhealthy]",
        "{'id': 'a', 'kind': 'oom-kills', 'duration': '15 minutes'}"
            + "|alert-rules.json: rules[1].duration: expected a duration such as 0s, 90s, 15m,"
            + " 1h30m or 2d, was \"15 minutes\"",
        "{'id': 'a', 'kind': 'oom-kills', 'severity': 'page'}"
            + "|alert-rules.json: rules[1].severity: unknown severity 'page'; expected one of"
            + " [info, warning, critical]",
        "{'id': 'a', 'kind': 'oom-kills', 'treshold': 2}"
            + "|alert-rules.json: rules[1]: unknown field 'treshold'; known are [duration,"
            + " enabled, id, kind, scope, severity, threshold]",
        "{'id': 'a', 'kind': 'oom-kills', 'scope': {'teams': ['ml', '']}}"
            + "|alert-rules.json: rules[1].scope.teams[1]: expected a name, was \"\"",
        "{'id': 'a', 'kind': 'oom-kills', 'scope': {'team': ['ml']}}"
            + "|alert-rules.json: rules[1].scope: unknown field 'team'; known are [clusters,"
            + " models, namespaces, teams]",
        "{'kind': 'oom-kills'}|alert-rules.json: rules[1]: no \"id\"",
        "{'id': 'Big Rule', 'kind': 'oom-kills'}"
            + "|alert-rules.json: rules[1].id: a rule id is lower-case letters, digits, '.', '_'"
            + " and '-', was 'Big Rule'",
        "{'id': 'ok', 'kind': 'oom-kills'}"
            + "|alert-rules.json: rules[1].id: 'ok' is already the id of rules[0]",
      })
  void namesTheEntryAndFieldOfABadRule(String second, String message) {
    String json =
        ("{'version': 1, 'rules': [{'id': 'ok', 'kind': 'oom-kills'}, " + second + "]}")
            .replace('\'', '"');
    assertEquals(message, refusal(json));
  }

  @Test
  void namesTheLineAndColumnOfBrokenJson() {
    assertEquals(
        "alert-rules.json: line 2, column 14: not JSON: Unexpected character ('}' (code 125)):"
            + " expected a value",
        refusal("{\"version\": 1,\n \"rules\": [1,}"));
  }

  @Test
  void refusesUnknownTopLevelFieldsAndAMissingRuleList() {
    assertEquals(
        "alert-rules.json: unknown field 'rule'; known are [rules, version]",
        refusal("{\"version\": 1, \"rule\": []}"));
    assertEquals(
        "alert-rules.json: \"rules\" must be an array of rules", refusal("{\"version\": 1}"));
  }
}
