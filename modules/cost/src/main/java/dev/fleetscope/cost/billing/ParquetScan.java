package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.SqlQuote;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A FOCUS Parquet file. Parquet columns are typed already, but exporters differ (costs as DECIMAL,
 * DOUBLE or text; periods as TIMESTAMP or ISO text; Tags as text or a MAP), so each stored column
 * gets a conversion that fits its type, and one query finds the first row that would not convert.
 * Parquet has no lines: problems are reported by row, the first data row being row 1.
 */
final class ParquetScan implements ExportScan {
  private final Connection db;
  private final FocusFile file;
  private final Map<String, String> types = new LinkedHashMap<>();

  ParquetScan(Connection db, FocusFile file) {
    this.db = db;
    this.file = file;
  }

  @Override
  public List<String> header() throws SQLException, FocusImportException {
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM " + reader())) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    } catch (SQLException e) {
      throw new FocusImportException(
          file.path(), "cannot be read as Parquet: " + ExportScan.firstLine(e));
    }
    return new ArrayList<>(types.keySet());
  }

  @Override
  public long insert(int fileId, FileColumns columns) throws SQLException, FocusImportException {
    String firstTimestamp =
        firstValue(columns.nameOf(FocusColumn.CHARGE_PERIOD_START).orElseThrow());
    String timestampFormat = IsoTimestamps.formatOf(firstTimestamp).orElse("%Y-%m-%dT%H:%M:%SZ");
    Map<FocusColumn, ParquetConversion> conversions = new EnumMap<>(FocusColumn.class);
    columns
        .mapped()
        .forEach(
            (column, name) ->
                conversions.put(
                    column,
                    ParquetConversion.of(
                        column, SqlQuote.identifier(name), types.get(name), timestampFormat)));
    rejectFirstBadRow(columns, conversions, firstTimestamp);
    Map<FocusColumn, String> expressions = new EnumMap<>(FocusColumn.class);
    conversions.forEach((column, conversion) -> expressions.put(column, conversion.expression()));
    try (Statement sql = db.createStatement()) {
      return sql.executeUpdate(InsertSql.build(fileId, expressions, reader()));
    }
  }

  private String reader() {
    return "read_parquet(" + SqlQuote.literal(file.path()) + ")";
  }

  private String firstValue(String column) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT CAST("
                    + SqlQuote.identifier(column)
                    + " AS VARCHAR) FROM "
                    + reader()
                    + " LIMIT 1")) {
      return rs.next() ? String.valueOf(rs.getString(1)) : IsoTimestamps.EXAMPLE;
    }
  }

  private void rejectFirstBadRow(
      FileColumns columns, Map<FocusColumn, ParquetConversion> conversions, String firstTimestamp)
      throws SQLException, FocusImportException {
    List<Map.Entry<FocusColumn, ParquetConversion>> checked =
        conversions.entrySet().stream().filter(e -> e.getValue().invalid().isPresent()).toList();
    if (checked.isEmpty()) {
      return;
    }
    StringBuilder badColumn = new StringBuilder("CASE");
    for (int i = 0; i < checked.size(); i++) {
      badColumn
          .append(" WHEN ")
          .append(checked.get(i).getValue().invalid().orElseThrow())
          .append(" THEN ")
          .append(i);
    }
    badColumn.append(" END");
    String values =
        checked.stream()
            .map(
                e ->
                    "CAST("
                        + SqlQuote.identifier(columns.nameOf(e.getKey()).orElseThrow())
                        + " AS VARCHAR)")
            .collect(Collectors.joining(", "));
    String query =
        "SELECT file_row_number, "
            + badColumn
            + " AS bad, "
            + values
            + " FROM read_parquet("
            + SqlQuote.literal(file.path())
            + ", file_row_number=true) WHERE "
            + badColumn
            + " IS NOT NULL ORDER BY file_row_number LIMIT 1";
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      if (rs.next()) {
        int bad = rs.getInt("bad");
        FocusColumn column = checked.get(bad).getKey();
        String value = rs.getString(3 + bad);
        throw new FocusImportException(
            file.path(),
            "row " + (rs.getLong("file_row_number") + 1),
            columns.nameOf(column).orElseThrow(),
            BadValue.describe(column, value, firstTimestamp) + "; nothing was imported");
      }
    }
  }
}
