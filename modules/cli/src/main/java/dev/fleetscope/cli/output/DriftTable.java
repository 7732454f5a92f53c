package dev.fleetscope.cli.output;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as a text table; the KIND column says whether the score is a p-value or a distance.
 */
public final class DriftTable {
  private static final String[] HEADER = {
    "COLUMN", "TYPE", "TEST", "SCORE", "KIND", "THRESHOLD", "DRIFT", "VALUES (ref/cur)"
  };

  private DriftTable() {}

  /**
   * @param skippedTimeColumns date/time columns left out of the comparison, to say so
   */
  public static String render(DriftReport report, List<String> skippedTimeColumns) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ColumnResult c : report.columns()) {
      rows.add(
          switch (c) {
            case ColumnResult.Tested t ->
                new String[] {
                  t.column(),
                  t.type().label(),
                  t.test().label(),
                  number(t.score()),
                  t.test().scoreIsPValue() ? "p-value" : "distance",
                  number(t.threshold()),
                  t.drift() ? "DRIFT" : "no",
                  count(t.referenceCount()) + "/" + count(t.currentCount())
                };
            case ColumnResult.Empty e ->
                new String[] {
                  e.column(),
                  e.type().label(),
                  "-",
                  "-",
                  "-",
                  "-",
                  "empty in " + e.side().name().toLowerCase(Locale.ROOT),
                  count(e.referenceCount()) + "/" + count(e.currentCount())
                };
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        out.append(i == 0 ? "" : "  ").append(pad(row[i], widths[i], i >= 3 && i != 4 && i != 6));
      }
      out.append('\n');
    }
    long tested = report.columns().stream().filter(c -> c instanceof ColumnResult.Tested).count();
    out.append(
        String.format(
            Locale.ROOT,
            "%nDrifted columns: %d of %d tested (%.1f%%); dataset drift: %s "
                + "(at %.0f%% or more)%n",
            report.driftedColumns(),
            tested,
            100 * report.driftShare(),
            report.datasetDrift() ? "YES" : "no",
            100 * report.driftShareThreshold()));
    if (!skippedTimeColumns.isEmpty()) {
      out.append("Date/time columns not compared: ")
          .append(String.join(", ", skippedTimeColumns))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Four significant digits without trailing zeros; scientific below 0.001 so a tiny p-value never
   * reads 0.
   */
  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "undefined";
    }
    if (v != 0 && Math.abs(v) < 1e-3) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static String count(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
