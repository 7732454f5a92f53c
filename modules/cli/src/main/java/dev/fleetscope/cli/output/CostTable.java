package dev.fleetscope.cli.output;

import dev.fleetscope.cost.billing.CostGroup;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.model.Units;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/**
 * The cost report as a table for people: amounts to the cent with the currency in the header,
 * shares, rows.
 */
final class CostTable {
  private static final String NO_KEY = "(none)";

  private CostTable() {}

  static String render(CostReport report) {
    CostMeasure measure = report.rankBy();
    String currency = report.currency().map(Currency::getCurrencyCode).orElse("no currency");
    BigDecimal total = report.total(measure);
    TextTable table =
        new TextTable(
            report.groupBy().label().toUpperCase(Locale.ROOT),
            measure.optionName().toUpperCase(Locale.ROOT) + " COST (" + currency + ")",
            "SHARE",
            "ROWS");
    for (CostGroup group : report.groups()) {
      table.row(
          group.key().orElse(NO_KEY),
          TextTable.cents(group.cost(measure)),
          share(group.cost(measure), total),
          Long.toString(group.rows()));
    }
    table.row(
        "TOTAL",
        TextTable.cents(total),
        report.groups().isEmpty() ? "" : share(total, total),
        Long.toString(report.rows()));
    return title(measure, report) + System.lineSeparator() + table.render();
  }

  private static String title(CostMeasure measure, CostReport report) {
    String capitalized =
        measure.optionName().substring(0, 1).toUpperCase(Locale.ROOT)
            + measure.optionName().substring(1);
    return capitalized
        + " cost by "
        + report.groupBy().label()
        + ", "
        + report.from().map(Instant::toString).orElse("(no rows)")
        + " to "
        + report.to().map(Instant::toString).orElse("(no rows)")
        + " (end excluded)";
  }

  private static String share(BigDecimal part, BigDecimal total) {
    return total.signum() == 0 ? "n/a" : Units.percent(part.doubleValue() / total.doubleValue());
  }
}
