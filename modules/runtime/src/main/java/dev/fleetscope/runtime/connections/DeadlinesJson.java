package dev.fleetscope.runtime.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.net.Deadlines;
import java.time.Duration;
import java.util.Set;

/**
 * A saved source's own deadlines in {@code connections.json}, named as the Prometheus entries name
 * theirs: {@code "deadlines": {"connectMillis": 10000, "readMillis": 30000, "callMillis": 30000}}.
 * Absent means {@link Deadlines#DEFAULT}, and the defaults are not written, so files stay as they
 * were for those who never change them.
 */
final class DeadlinesJson {
  static final String FIELD = "deadlines";
  private static final Set<String> FIELDS = Set.of("connectMillis", "readMillis", "callMillis");

  private DeadlinesJson() {}

  static void write(ObjectNode parent, Deadlines deadlines) {
    if (!deadlines.equals(Deadlines.DEFAULT)) {
      parent
          .putObject(FIELD)
          .put("connectMillis", deadlines.connect().toMillis())
          .put("readMillis", deadlines.read().toMillis())
          .put("callMillis", deadlines.call().toMillis());
    }
  }

  /**
   * @throws IllegalArgumentException naming {@code where} and the field when a value is not a
   *     positive whole number of milliseconds
   */
  static Deadlines read(JsonNode parent, String where) {
    JsonNode node = parent.path(FIELD);
    if (node.isMissingNode() || node.isNull()) {
      return Deadlines.DEFAULT;
    }
    String at = where + ", " + FIELD;
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          at + ": expected {\"connectMillis\": N, \"readMillis\": N, \"callMillis\": N}");
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    at + ": unknown field '" + f + "'; known are " + FIELDS);
              }
            });
    Deadlines d = Deadlines.DEFAULT;
    return new Deadlines(
        millis(node, "connectMillis", d.connect(), at),
        millis(node, "readMillis", d.read(), at),
        millis(node, "callMillis", d.call(), at));
  }

  private static Duration millis(JsonNode node, String field, Duration fallback, String at) {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
      throw new IllegalArgumentException(
          at + ": \"" + field + "\" must be a positive whole number of milliseconds, was " + value);
    }
    return Duration.ofMillis(value.asLong());
  }
}
