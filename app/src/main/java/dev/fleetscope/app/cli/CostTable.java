package dev.fleetscope.app.cli;

import dev.fleetscope.cost.billing.CostGroup;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.model.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The cost report as a table for people: amounts to the cent with the currency in the header, shares, rows. */
final class CostTable {
  private static final String NO_KEY = "(none)";

  private CostTable() {}

  static String render(CostReport report) {
    CostMeasure measure = report.rankBy();
    String currency = report.currency().map(Currency::getCurrencyCode).orElse("no currency");
    BigDecimal total = report.total(measure);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {report.groupBy().label().toUpperCase(Locale.ROOT),
        measure.optionName().toUpperCase(Locale.ROOT) + " COST (" + currency + ")", "SHARE", "ROWS"});
    for (CostGroup group : report.groups()) {
      rows.add(new String[] {group.key().orElse(NO_KEY), cents(group.cost(measure)), share(group.cost(measure), total),
          Long.toString(group.rows())});
    }
    rows.add(new String[] {"TOTAL", cents(total), report.groups().isEmpty() ? "" : share(total, total),
        Long.toString(report.rows())});
    StringBuilder out = new StringBuilder()
        .append(title(measure, report)).append(System.lineSeparator());
    int[] widths = widths(rows);
    for (String[] row : rows) {
      out.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2] + "s  %"
          + widths[3] + "s", (Object[]) row).stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String title(CostMeasure measure, CostReport report) {
    String capitalized = measure.optionName().substring(0, 1).toUpperCase(Locale.ROOT)
        + measure.optionName().substring(1);
    return capitalized + " cost by " + report.groupBy().label() + ", "
        + report.from().map(Instant::toString).orElse("(no rows)") + " to "
        + report.to().map(Instant::toString).orElse("(no rows)") + " (end excluded)";
  }

  private static String cents(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  private static String share(BigDecimal part, BigDecimal total) {
    return total.signum() == 0 ? "n/a" : Units.percent(part.doubleValue() / total.doubleValue());
  }

  private static int[] widths(List<String[]> rows) {
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    return widths;
  }
}
