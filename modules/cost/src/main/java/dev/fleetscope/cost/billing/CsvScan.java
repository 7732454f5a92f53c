package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A FOCUS CSV (or gzip-compressed CSV) read by DuckDB's parallel CSV reader. Stored columns are typed in the
 * reader itself, and cells that must not be empty are read as empty strings rather than NULL, so every bad cell
 * lands in a rejects table with its line number instead of being cast later without one.
 */
final class CsvScan implements ExportScan {
  /** FOCUS CSV is RFC 4180 and the header names the columns: sniffing would only risk misreading a file. */
  private static final String DIALECT = "header=true, auto_detect=false, delim=',', quote='\"', escape='\"'";
  private static final Pattern COLUMN_COUNT = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
  private static final Pattern CAST_VALUE = Pattern.compile("Could not convert string \"(.*)\" to", Pattern.DOTALL);

  private final Connection db;
  private final FocusFile file;
  private List<String> header = List.of();

  CsvScan(Connection db, FocusFile file) {
    this.db = db;
    this.file = file;
  }

  @Override
  public List<String> header() throws FocusImportException {
    try {
      header = CsvHeader.read(file.path());
      return header;
    } catch (IOException e) {
      throw new FocusImportException(file.path(), "cannot be read: " + e.getMessage());
    }
  }

  @Override
  public long insert(int fileId, FileColumns columns) throws SQLException, FocusImportException {
    String firstTimestamp = firstChargePeriodStart(columns);
    String timestampFormat = IsoTimestamps.formatOf(firstTimestamp).orElseThrow(() -> new FocusImportException(
        file.path(), "line 2", columns.nameOf(FocusColumn.CHARGE_PERIOD_START).orElseThrow(),
        IsoTimestamps.problem(firstTimestamp, firstTimestamp) + "; nothing was imported"));
    String rejects = "fleetscope_rejects_" + fileId;
    String options = String.join(", ",
        "columns={" + typedColumns(columns) + "}",
        "timestampformat=" + Sql.literal(timestampFormat),
        "force_not_null=[" + neverEmpty(columns) + "]",
        "store_rejects=true",
        "rejects_table=" + Sql.literal(rejects),
        "rejects_scan=" + Sql.literal(rejects + "_scan"));
    long rows;
    try (Statement sql = db.createStatement()) {
      Map<FocusColumn, String> expressions = new EnumMap<>(FocusColumn.class);
      columns.mapped().forEach((column, name) -> expressions.put(column, Sql.identifier(name)));
      rows = sql.executeUpdate(InsertSql.build(fileId, expressions, reader(options) + readEveryColumn(columns)));
      Optional<FocusImportException> rejected = firstRejected(sql, rejects, columns, firstTimestamp);
      sql.execute("DROP TABLE IF EXISTS " + rejects);
      sql.execute("DROP TABLE IF EXISTS " + rejects + "_scan");
      if (rejected.isPresent()) {
        throw rejected.get();
      }
    } catch (SQLException e) {
      throw new FocusImportException(file.path(), "cannot be read as CSV: " + ExportScan.firstLine(e));
    }
    return rows;
  }

  /**
   * DuckDB 2.0 applies {@code force_not_null} and names rejected cells by position among the columns a query
   * reads, not among the file's columns; a filter that reads the unstored columns (a row hash is never null)
   * keeps the two numberings equal.
   */
  private String readEveryColumn(FileColumns columns) {
    String unstored = header.stream().filter(h -> columns.columnFor(h).isEmpty()).map(Sql::identifier)
        .collect(Collectors.joining(", "));
    return unstored.isEmpty() ? "" : " WHERE hash(" + unstored + ") IS NOT NULL";
  }

  private String reader(String options) {
    return "read_csv(" + Sql.literal(file.path()) + ", " + DIALECT + ", " + options + ")";
  }

  /** The first row's ChargePeriodStart, which fixes the date-time format for the whole file. */
  private String firstChargePeriodStart(FileColumns columns) throws SQLException {
    String name = columns.nameOf(FocusColumn.CHARGE_PERIOD_START).orElseThrow();
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(
            "SELECT " + Sql.identifier(name) + " FROM " + reader("columns={" + textColumns() + "}, ignore_errors=true") + " LIMIT 1")) {
      // Ragged rows are skipped here: the insert reports them with their lines.
    // A file of a header alone has no date-time to follow; any valid format reads its zero rows.
      return rs.next() ? String.valueOf(rs.getString(1)) : IsoTimestamps.EXAMPLE;
    }
  }

  private String textColumns() {
    return header.stream().map(h -> Sql.literal(h) + ": 'VARCHAR'").collect(Collectors.joining(", "));
  }

  private String typedColumns(FileColumns columns) {
    return columns.header().stream()
        .map(h -> Sql.literal(h) + ": " + Sql.literal(columns.columnFor(h).map(StoreSchema::sqlType).orElse("VARCHAR")))
        .collect(Collectors.joining(", "));
  }

  private static String neverEmpty(FileColumns columns) {
    return columns.mapped().entrySet().stream()
        .filter(e -> e.getKey().neverEmpty())
        .map(e -> Sql.literal(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private Optional<FocusImportException> firstRejected(
      Statement sql, String rejects, FileColumns columns, String firstTimestamp) throws SQLException {
    try (ResultSet rs = sql.executeQuery("SELECT line, column_name, error_type, error_message, "
        + "count(*) OVER () AS total FROM " + rejects + " ORDER BY line, column_idx LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      String column = rs.getString("column_name");
      String error = rs.getString("error_message");
      Optional<FocusColumn> stored = columns.columnFor(column);
      String message = rs.getString("error_type").equals("CAST") && stored.isPresent()
          ? BadValue.describe(stored.get(), castValue(error), firstTimestamp)
          : plain(error);
      long others = rs.getLong("total") - 1;
      String more = others > 0 ? " (" + others + " more bad cell" + (others > 1 ? "s" : "") + " in this file)" : "";
      return Optional.of(new FocusImportException(
          file.path(), "line " + rs.getLong("line"), column, message + more + "; nothing was imported"));
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
    return m.find() ? "has " + m.group(2) + " cells where the header has " + m.group(1) : firstLine(error);
  }

  private static String firstLine(String message) {
    String text = message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
