package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.cost.opencost.AllocationTotals;
import dev.fleetscope.cost.opencost.AllocationTotals.Group;
import dev.fleetscope.cost.opencost.AllocationTotals.Parts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The formats of {@code fleetscope cost --opencost}. JSON and CSV carry OpenCost's decimals
 * exactly; the table rounds each amount to the cent and its TOTAL row adds up the rounded amounts
 * shown above it, so a reader's sum of the column is the total printed.
 */
public enum AllocationOutput {
  TABLE {
    @Override
    public String render(AllocationReport report) {
      AllocationTotals totals = report.totals();
      String[] header =
          Stream.concat(
                  Stream.of(report.query().aggregate().toUpperCase(Locale.ROOT)),
                  COLUMNS.stream().map(Column::header))
              .toArray(String[]::new);
      TextTable table = new TextTable(header);
      Parts shown = Parts.ZERO;
      for (Group group : totals.groups()) {
        Parts cents = rounded(group.cost());
        shown = shown.plus(cents);
        table.row(row(group.name(), cents));
      }
      table.row(row("TOTAL", shown));
      return "OpenCost cost in "
          + totals.currency().getCurrencyCode()
          + " by "
          + report.query().aggregate()
          + ", "
          + totals.from().map(Instant::toString).orElse("(no allocation)")
          + " to "
          + totals.to().map(Instant::toString).orElse("(no allocation)")
          + " ("
          + report.url()
          + ", window "
          + report.query().window()
          + report.query().step().map(s -> ", step " + s).orElse("")
          + ")"
          + System.lineSeparator()
          + table.render();
    }

    private static String[] row(String key, Parts cents) {
      return Stream.concat(
              Stream.of(key), COLUMNS.stream().map(c -> TextTable.cents(c.amount().apply(cents))))
          .toArray(String[]::new);
    }

    private static Parts rounded(Parts p) {
      return new Parts(
          TextTable.toCents(p.cpu()),
          TextTable.toCents(p.ram()),
          TextTable.toCents(p.gpu()),
          TextTable.toCents(p.pv()),
          TextTable.toCents(p.network()),
          TextTable.toCents(p.loadBalancer()),
          TextTable.toCents(p.shared()),
          TextTable.toCents(p.external()),
          TextTable.toCents(p.total()));
    }
  },
  JSON {
    @Override
    public String render(AllocationReport report) {
      AllocationTotals totals = report.totals();
      ObjectNode root = CostOutput.object();
      root.put("source", "opencost");
      root.put("url", report.url());
      root.put("window", report.query().window());
      root.put("aggregate", report.query().aggregate());
      root.put("step", report.query().step().orElse(null));
      root.put("currency", totals.currency().getCurrencyCode());
      root.put("from", totals.from().map(Instant::toString).orElse(null));
      root.put("to", totals.to().map(Instant::toString).orElse(null));
      ArrayNode groups = root.putArray("groups");
      for (Group group : totals.groups()) {
        amounts(groups.addObject().put("key", group.name()), group.cost());
      }
      amounts(root.putObject("total"), totals.total());
      return CostOutput.line(root);
    }

    private static void amounts(ObjectNode node, Parts parts) {
      JSON_COLUMNS.forEach(c -> node.put(c.name(), c.amount().apply(parts)));
    }
  },
  CSV {
    @Override
    public String render(AllocationReport report) {
      String currency = report.totals().currency().getCurrencyCode();
      String header =
          Stream.concat(Stream.of("key", "currency"), JSON_COLUMNS.stream().map(Column::name))
              .collect(Collectors.joining(","));
      return Stream.concat(
              Stream.of(header),
              report.totals().groups().stream()
                  .map(
                      g ->
                          Stream.concat(
                                  Stream.of(CostOutput.csvCell(g.name()), currency),
                                  JSON_COLUMNS.stream()
                                      .map(c -> c.amount().apply(g.cost()).toPlainString()))
                              .collect(Collectors.joining(","))))
          .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }
  };

  /** A cost part: its JSON and CSV name, its table header and where it is in the parts. */
  private record Column(String name, String header, Function<Parts, BigDecimal> amount) {}

  /** Every part, as JSON and CSV carry them. */
  private static final List<Column> JSON_COLUMNS =
      List.of(
          new Column("cpu_cost", "CPU", Parts::cpu),
          new Column("ram_cost", "RAM", Parts::ram),
          new Column("gpu_cost", "GPU", Parts::gpu),
          new Column("pv_cost", "PV", Parts::pv),
          new Column("network_cost", "NETWORK", Parts::network),
          new Column("load_balancer_cost", "LOAD BALANCER", Parts::loadBalancer),
          new Column("shared_cost", "SHARED", Parts::shared),
          new Column("external_cost", "EXTERNAL", Parts::external),
          new Column("total_cost", "TOTAL", Parts::total));

  /** The table folds load balancers, shared and external cost into OTHER to stay narrow. */
  private static final List<Column> COLUMNS =
      List.of(
          JSON_COLUMNS.get(0),
          JSON_COLUMNS.get(1),
          JSON_COLUMNS.get(2),
          JSON_COLUMNS.get(3),
          JSON_COLUMNS.get(4),
          new Column("other_cost", "OTHER", Parts::other),
          JSON_COLUMNS.get(8));

  public abstract String render(AllocationReport report);
}
