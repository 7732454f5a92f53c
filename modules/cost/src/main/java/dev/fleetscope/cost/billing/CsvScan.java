package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.CsvHeader;
import dev.fleetscope.model.io.SqlQuote;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A FOCUS CSV (or gzip-compressed CSV) read by DuckDB's parallel CSV reader. Stored columns are
 * typed in the reader itself, and cells that must not be empty are read as empty strings rather
 * than NULL, so every bad cell lands in a rejects table with its line number instead of being cast
 * later without one.
 */
final class CsvScan implements ExportScan {
  /**
   * FOCUS CSV is RFC 4180 and the header names the columns: sniffing would only risk misreading a
   * file.
   */
  private static final String DIALECT =
      "header=true, auto_detect=false, delim=',', quote='\"', escape='\"'";

  private final Connection db;
  private final FocusFile file;

  CsvScan(Connection db, FocusFile file) {
    this.db = db;
    this.file = file;
  }

  @Override
  public List<String> header() throws FocusImportException {
    List<String> names;
    try {
      names = CsvHeader.read(file.path(), ',');
    } catch (IOException e) {
      throw new FocusImportException(file.path(), "cannot be read: " + e.getMessage());
    } catch (CsvHeader.MalformedHeaderException e) {
      throw new FocusImportException(file.path(), e.getMessage());
    }
    if (names.isEmpty()) {
      throw new FocusImportException(
          file.path(), "line 1", null, "the file is empty; a FOCUS export starts with a header");
    }
    Optional<CsvStructure.Problem> problem;
    try {
      problem = CsvStructure.check(file.path(), names);
    } catch (IOException e) {
      throw new FocusImportException(file.path(), "cannot be read: " + e.getMessage());
    }
    if (problem.isPresent()) {
      CsvStructure.Problem p = problem.get();
      throw new FocusImportException(
          file.path(), "line " + p.line(), p.column(), p.text() + "; nothing was imported");
    }
    return names;
  }

  @Override
  public long insert(int fileId, FileColumns columns) throws SQLException, FocusImportException {
    String firstTimestamp;
    try {
      firstTimestamp = firstChargePeriodStart(columns);
    } catch (SQLException e) {
      throw new FocusImportException(
          file.path(), "cannot be read as CSV: " + ExportScan.firstLine(e));
    }
    String timestampFormat =
        IsoTimestamps.formatOf(firstTimestamp)
            .orElseThrow(
                () ->
                    new FocusImportException(
                        file.path(),
                        "line 2",
                        columns.nameOf(FocusColumn.CHARGE_PERIOD_START).orElseThrow(),
                        IsoTimestamps.problem(firstTimestamp, firstTimestamp)
                            + "; nothing was imported"));
    String rejects = "fleetscope_rejects_" + fileId;
    String options =
        String.join(
            ", ",
            "columns={" + typedColumns(columns) + "}",
            "timestampformat=" + SqlQuote.literal(timestampFormat),
            "force_not_null=[" + neverEmpty(columns) + "]",
            "store_rejects=true",
            "rejects_table=" + SqlQuote.literal(rejects),
            "rejects_scan=" + SqlQuote.literal(rejects + "_scan"));
    long rows;
    try (Statement sql = db.createStatement()) {
      Map<FocusColumn, String> expressions = new EnumMap<>(FocusColumn.class);
      columns
          .mapped()
          .forEach((column, name) -> expressions.put(column, SqlQuote.identifier(name)));
      rows =
          sql.executeUpdate(
              InsertSql.build(fileId, expressions, reader(options) + readEveryColumn(columns)));
      Optional<FocusImportException> rejected =
          CsvRejects.first(sql, rejects, file.path(), columns, firstTimestamp);
      sql.execute("DROP TABLE IF EXISTS " + rejects);
      sql.execute("DROP TABLE IF EXISTS " + rejects + "_scan");
      if (rejected.isPresent()) {
        throw rejected.get();
      }
    } catch (SQLException e) {
      throw new FocusImportException(
          file.path(), "cannot be read as CSV: " + ExportScan.firstLine(e));
    }
    return rows;
  }

  /**
   * DuckDB 2.0 applies {@code force_not_null} and names rejected cells by position among the
   * columns a query reads, not among the file's columns. A filter that reads the unstored columns
   * keeps the two numberings equal; {@code coalesce(..., '')} is never null and stops at the first
   * non-null cell, so it costs next to nothing.
   */
  private static String readEveryColumn(FileColumns columns) {
    String unstored =
        columns.header().stream()
            .filter(h -> columns.columnFor(h).isEmpty())
            .map(SqlQuote::identifier)
            .collect(Collectors.joining(", "));
    return unstored.isEmpty() ? "" : " WHERE coalesce(" + unstored + ", '') IS NOT NULL";
  }

  private String reader(String options) {
    return "read_csv(" + SqlQuote.literal(file.path()) + ", " + DIALECT + ", " + options + ")";
  }

  /** The first row's ChargePeriodStart, which fixes the date-time format for the whole file. */
  private String firstChargePeriodStart(FileColumns columns) throws SQLException {
    String name = columns.nameOf(FocusColumn.CHARGE_PERIOD_START).orElseThrow();
    // Ragged rows are skipped here: the insert reports them with their lines.
    String source = reader("columns={" + textColumns(columns) + "}, ignore_errors=true");
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT " + SqlQuote.identifier(name) + " FROM " + source + " LIMIT 1")) {
      // A file of a header alone has no date-time to follow; any valid format reads its zero rows.
      return rs.next() ? String.valueOf(rs.getString(1)) : IsoTimestamps.EXAMPLE;
    }
  }

  private static String textColumns(FileColumns columns) {
    return columns.header().stream()
        .map(h -> SqlQuote.literal(h) + ": 'VARCHAR'")
        .collect(Collectors.joining(", "));
  }

  private static String typedColumns(FileColumns columns) {
    return columns.header().stream()
        .map(
            h ->
                SqlQuote.literal(h)
                    + ": "
                    + SqlQuote.literal(
                        columns.columnFor(h).map(StoreSchema::sqlType).orElse("VARCHAR")))
        .collect(Collectors.joining(", "));
  }

  private static String neverEmpty(FileColumns columns) {
    return columns.mapped().entrySet().stream()
        .filter(e -> e.getKey().neverEmpty())
        .map(e -> SqlQuote.literal(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
