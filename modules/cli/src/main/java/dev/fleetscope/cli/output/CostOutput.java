package dev.fleetscope.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.cost.billing.CostGroup;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostReport;
import java.time.Instant;
import java.util.Currency;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The formats of {@code fleetscope cost}. Money is printed exactly (JSON, CSV) or to the cent
 * (table).
 */
public enum CostOutput {
  TABLE {
    @Override
    public String render(CostReport report) {
      return CostTable.render(report);
    }
  },
  JSON {
    @Override
    public String render(CostReport report) {
      ObjectNode root = object();
      root.put("currency", report.currency().map(Currency::getCurrencyCode).orElse(null));
      root.put("from", report.from().map(Instant::toString).orElse(null));
      root.put("to", report.to().map(Instant::toString).orElse(null));
      ArrayNode groups = root.putArray("groups");
      for (CostGroup group : report.groups()) {
        ObjectNode node = groups.addObject();
        node.put("key", group.key().orElse(null));
        for (CostMeasure measure : CostMeasure.values()) {
          node.put(measure.sqlName(), group.cost(measure));
        }
        node.put("rows", group.rows());
      }
      return line(root);
    }
  },
  CSV {
    @Override
    public String render(CostReport report) {
      String currency = report.currency().map(Currency::getCurrencyCode).orElse("");
      String header = "key,currency,billed_cost,effective_cost,list_cost,rows";
      return Stream.concat(
              Stream.of(header),
              report.groups().stream()
                  .map(
                      g ->
                          String.join(
                              ",",
                              csvCell(g.key().orElse("")),
                              currency,
                              g.billedCost().toPlainString(),
                              g.effectiveCost().toPlainString(),
                              g.listCost().toPlainString(),
                              Long.toString(g.rows()))))
          .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }
  };

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  public abstract String render(CostReport report);

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The tree on one line, decimals exactly as they are (never in exponent notation). */
  static String line(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  /**
   * RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled; no key is an
   * empty cell.
   */
  static String csvCell(String text) {
    return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
