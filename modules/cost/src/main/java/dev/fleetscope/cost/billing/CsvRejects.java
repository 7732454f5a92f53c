package dev.fleetscope.cost.billing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first bad cell in DuckDB's rejects table of one CSV scan, put in words, with how many others
 * there are.
 */
final class CsvRejects {
  private static final Pattern CAST_VALUE =
      Pattern.compile("Could not convert string \"(.*)\" to", Pattern.DOTALL);
  private static final Pattern COLUMN_COUNT =
      Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

  private CsvRejects() {}

  static Optional<FocusImportException> first(
      Statement sql, String table, Path file, FileColumns columns, String firstTimestamp)
      throws SQLException {
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT line, column_name, error_type, error_message, "
                + "count(*) OVER () AS total FROM "
                + table
                + " ORDER BY line, column_idx LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      String column = rs.getString("column_name");
      String error = rs.getString("error_message");
      Optional<FocusColumn> stored = columns.columnFor(column);
      String message =
          rs.getString("error_type").equals("CAST") && stored.isPresent()
              ? BadValue.describe(stored.get(), castValue(error), firstTimestamp)
              : plain(error);
      long others = rs.getLong("total") - 1;
      String more =
          others > 0
              ? " (" + others + " more bad cell" + (others > 1 ? "s" : "") + " in this file)"
              : "";
      return Optional.of(
          new FocusImportException(
              file,
              "line " + rs.getLong("line"),
              column,
              message + more + "; nothing was imported"));
    }
  }

  /** The cell's text, from DuckDB's message; a message without one is about an empty cell. */
  private static String castValue(String error) {
    Matcher m = CAST_VALUE.matcher(error);
    return m.find() ? m.group(1) : "";
  }

  /** DuckDB's message, first line only, with its column count put in words. */
  private static String plain(String error) {
    Matcher m = COLUMN_COUNT.matcher(error);
    if (m.find()) {
      return "has " + m.group(2) + " cells where the header has " + m.group(1);
    }
    String text = error.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
