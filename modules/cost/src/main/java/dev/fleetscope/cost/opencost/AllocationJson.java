package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the body of {@code /allocation/compute}: {@code {"code":200,"data":[{NAME:{...}}, ...]}},
 * one object of allocations per step. An answer of another shape is refused with an {@link
 * OpenCostAnswerException} naming the URL, the status and the field, and quoting the start of the
 * answer (never the JSON library's text), never read as an empty success.
 *
 * @param target the URL as it may be shown
 * @param status the HTTP status it answered with
 * @param body the answer
 */
record AllocationJson(String target, int status, String body) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The body as JSON. */
  JsonNode parse() throws OpenCostAnswerException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      UnreadableAnswerException notJson =
          UnreadableAnswerException.notJson(
              target,
              status,
              e instanceof JsonEOFException,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              Excerpt.of(body));
      notJson.addSuppressed(e);
      throw new OpenCostAnswerException(notJson);
    }
    if (root == null || root.isMissingNode()) {
      throw refused("it is empty where JSON was expected");
    }
    return root;
  }

  List<AllocationSet> sets(JsonNode root, Currency currency) throws OpenCostAnswerException {
    Optional<String> problem = CostHttp.field(root, "data", JsonNodeType.ARRAY, true);
    if (problem.isPresent()) {
      throw refused(problem.get());
    }
    JsonNode data = root.path("data");
    List<AllocationSet> sets = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode set = data.get(i);
      if (set.isNull()) {
        sets.add(new AllocationSet(currency, List.of())); // a step without allocations
        continue;
      }
      if (!set.isObject()) {
        throw refused("data[" + i + "] is " + type(set) + ", not an object of allocations");
      }
      List<Allocation> allocations = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : set.properties()) {
        String where = "data[" + i + "]." + entry.getKey();
        allocations.add(allocation(where, entry.getKey(), entry.getValue()));
      }
      sets.add(new AllocationSet(currency, allocations));
    }
    return sets;
  }

  private OpenCostAnswerException refused(String problem) {
    return new OpenCostAnswerException(
        new UnreadableAnswerException(target, status, problem, Excerpt.of(body)));
  }

  private static String type(JsonNode node) {
    String name = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return (name.startsWith("a") || name.startsWith("o") ? "an " : "a ") + name;
  }

  private Allocation allocation(String where, String name, JsonNode a)
      throws OpenCostAnswerException {
    if (!a.isObject()) {
      throw refused(where + " is " + type(a) + ", not an allocation object");
    }
    if (!a.path("totalCost").isNumber()) {
      throw refused(where + ".totalCost is missing or not a number");
    }
    Fields f = new Fields(where, a);
    return new Allocation(
        name,
        properties(a.path("properties")),
        f.time("start"),
        f.time("end"),
        new Allocation.Resources(
            f.number("cpuCoreRequestAverage"),
            f.number("cpuCoreUsageAverage"),
            f.number("ramByteRequestAverage"),
            f.number("ramByteUsageAverage"),
            f.number("gpuCount")),
        f.adjusted("cpu"),
        f.adjusted("ram"),
        f.adjusted("gpu"),
        f.adjusted("pv"),
        f.adjusted("network"),
        f.adjusted("loadBalancer"),
        f.money("sharedCost"),
        f.money("externalCost"),
        f.money("totalCost"),
        f.number("totalEfficiency"));
  }

  /**
   * The fields of one allocation: its window must be RFC 3339 times; a number absent or null is
   * zero, any other non-number is refused.
   */
  private final class Fields {
    private final String where;
    private final JsonNode a;

    Fields(String where, JsonNode a) {
      this.where = where;
      this.a = a;
    }

    Instant time(String field) throws OpenCostAnswerException {
      String text = a.path(field).asText("");
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw refused(where + "." + field + " is not an RFC 3339 time: '" + excerpt(text) + "'");
      }
    }

    BigDecimal money(String field) throws OpenCostAnswerException {
      JsonNode value = checked(field);
      return value == null ? BigDecimal.ZERO : value.decimalValue();
    }

    double number(String field) throws OpenCostAnswerException {
      JsonNode value = checked(field);
      return value == null ? 0 : value.asDouble();
    }

    /** A cost part plus OpenCost's adjustment of it (reconciliation with the bill). */
    BigDecimal adjusted(String part) throws OpenCostAnswerException {
      return money(part + "Cost").add(money(part + "CostAdjustment"));
    }

    private JsonNode checked(String field) throws OpenCostAnswerException {
      JsonNode value = a.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isNumber()) {
        throw refused(where + "." + field + " is not a number but " + excerpt(value.toString()));
      }
      return value;
    }
  }

  private static AllocationProperties properties(JsonNode p) {
    Map<String, String> labels = new HashMap<>();
    p.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new AllocationProperties(
        text(p, "cluster"),
        text(p, "node"),
        text(p, "namespace"),
        text(p, "controllerKind"),
        text(p, "controller"),
        text(p, "pod"),
        text(p, "container"),
        text(p, "providerID"),
        labels);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  /**
   * A value quoted in a message, shortened like the answer's excerpt ({@code (empty)} kept out).
   */
  private static String excerpt(String text) {
    return text.isBlank() ? "" : Excerpt.of(text);
  }
}
