package dev.fleetscope.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.alerts.Alert;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code fleetscope alerts}: the firing alerts, most severe first. JSON is {@code {"alerts":
 * [{"rule", "severity", "scope", "subject", "since", "value", "threshold", "summary"}]}} with
 * {@code since} in ISO-8601 UTC and the value and threshold written with their unit ({@code 58%},
 * {@code ≥ 50%}), as the generic webhook sends them.
 */
public final class AlertsOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private AlertsOutput() {}

  public static String json(List<Alert> alerts) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("alerts");
    for (Alert alert : alerts) {
      array
          .addObject()
          .put("rule", alert.ruleId())
          .put("severity", alert.severity().id())
          .put("scope", alert.scope().describe())
          .put("subject", alert.subject().name())
          .put("since", alert.since().toString())
          .put("value", alert.kind().format(alert.value()))
          .put("threshold", alert.kind().condition(alert.threshold()))
          .put("summary", alert.summary());
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  /** One line an alert, then its summary indented beneath: summaries are too long for a column. */
  public static String table(List<Alert> alerts) {
    TextTable table =
        TextTable.aligned("LLLLRL", "SEVERITY", "RULE", "SUBJECT", "SINCE", "VALUE", "THRESHOLD");
    for (Alert alert : alerts) {
      table.row(
          alert.severity().id(),
          alert.ruleId(),
          alert.subject().name(),
          SINCE.format(alert.since()),
          alert.kind().format(alert.value()),
          alert.kind().condition(alert.threshold()));
    }
    String[] lines = table.render().split(System.lineSeparator());
    StringBuilder out = new StringBuilder(lines[0]).append(System.lineSeparator());
    for (int i = 0; i < alerts.size(); i++) {
      out.append(lines[i + 1])
          .append(System.lineSeparator())
          .append("    ")
          .append(alerts.get(i).summary())
          .append(System.lineSeparator());
    }
    return out.toString();
  }
}
