package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the body of {@code /allocation/compute}: {@code {"code":200,"data":[{NAME:{...}}, ...]}},
 * one object of allocations per step. An answer of another shape is refused with a {@link
 * OpenCostAnswerException} naming the URL and the field, never read as an empty success.
 */
final class AllocationJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final int EXCERPT = 200;

  private AllocationJson() {}

  /** The body as JSON; a blank body is an empty object (the status then says what happened). */
  static JsonNode parse(String target, String body) throws OpenCostAnswerException {
    try {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new OpenCostAnswerException(
          target,
          "something that is not JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + ": "
              + excerpt(body),
          e);
    }
  }

  static List<AllocationSet> sets(String target, JsonNode root, Currency currency)
      throws OpenCostAnswerException {
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new OpenCostAnswerException(
          target,
          "no \"data\" array of allocation sets (found "
              + (data.isMissingNode() ? "none" : data.getNodeType().toString().toLowerCase())
              + "): "
              + excerpt(root.toString()));
    }
    List<AllocationSet> sets = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode set = data.get(i);
      if (set.isNull()) {
        sets.add(new AllocationSet(currency, List.of())); // a step without allocations
        continue;
      }
      if (!set.isObject()) {
        throw new OpenCostAnswerException(
            target,
            "data[" + i + "] is not an object of allocations but " + excerpt(set.toString()));
      }
      List<Allocation> allocations = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : set.properties()) {
        String where = "data[" + i + "]." + entry.getKey();
        allocations.add(allocation(target, where, entry.getKey(), entry.getValue()));
      }
      sets.add(new AllocationSet(currency, allocations));
    }
    return sets;
  }

  private static Allocation allocation(String target, String where, String name, JsonNode a)
      throws OpenCostAnswerException {
    if (!a.isObject()) {
      throw new OpenCostAnswerException(
          target, where + " is not an allocation object but " + excerpt(a.toString()));
    }
    Fields f = new Fields(target, where, a);
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

  /** The fields of one allocation: absent or null is zero, any other non-number is refused. */
  private record Fields(String target, String where, JsonNode a) {
    Instant time(String field) throws OpenCostAnswerException {
      String text = a.path(field).asText("");
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new OpenCostAnswerException(
            target, where + "." + field + " is not an ISO 8601 time: '" + excerpt(text) + "'", e);
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
        throw new OpenCostAnswerException(
            target, where + "." + field + " is not a number but " + excerpt(value.toString()));
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

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }
}
