package dev.fleetscope.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An aligned text table for money and counts: by default the first column (names) left-aligned, the
 * others right-aligned so digits line up; two spaces apart, no trailing blanks.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final String alignment;

  TextTable(String... header) {
    this("L" + "R".repeat(header.length - 1), header);
  }

  /**
   * @param alignment one letter a column, L or R: {@code LLR} for two names and an amount
   */
  private TextTable(String alignment, String... header) {
    if (!alignment.matches("[LR]{" + header.length + "}")) {
      throw new IllegalArgumentException(
          "alignment " + alignment + " for " + header.length + " columns");
    }
    this.alignment = alignment;
    rows.add(header);
  }

  static TextTable aligned(String alignment, String... header) {
    return new TextTable(alignment, header);
  }

  TextTable row(String... cells) {
    if (cells.length != rows.getFirst().length) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + rows.getFirst().length);
    }
    rows.add(cells);
    return this;
  }

  String render() {
    int[] widths = new int[rows.getFirst().length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? "" : "  ")
            .append(
                String.format(
                    Locale.ROOT,
                    "%" + (alignment.charAt(i) == 'L' ? "-" : "") + widths[i] + "s",
                    row[i]));
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * An amount to the cent, as a table shows it (banker's rounding, so sums of many rows do not
   * drift up).
   */
  static BigDecimal toCents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  static String cents(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", toCents(amount));
  }
}
