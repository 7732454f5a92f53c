package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.SqlQuote;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Splits the DuckDB view {@code log} into window views by its timestamp column. */
record LogWindows(Connection c, TableFile file, String column) {
  LogWindows {
    Path log = file.path();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM (DESCRIBE log) WHERE column_name = "
                    + SqlQuote.literal(column))) {
      rs.next();
      if (rs.getLong(1) == 0) {
        throw new DriftInputException(log + ": no timestamp column '" + column + "'");
      }
    } catch (SQLException e) {
      throw new DriftInputException(log + ": " + DuckDbSource.firstLines(e.getMessage()), e);
    }
  }

  void cut(String table, TimeWindow window, String role) throws SQLException {
    Path log = file.path();
    String ts = timestampExpression();
    rejectUnparseable(ts);
    String sql =
        "CREATE TEMP VIEW "
            + table
            + " AS SELECT * EXCLUDE ("
            + SqlQuote.identifier(column)
            + ") FROM log WHERE "
            + ts
            + " >= "
            + instant(window.start())
            + " AND "
            + ts
            + " < "
            + instant(window.end());
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      if (rs.getLong(1) == 0) {
        throw new DriftInputException(
            log + ": the " + role + " window " + window + " holds no rows" + span(ts));
      }
    }
  }

  private static String instant(java.time.Instant t) {
    return "CAST(" + SqlQuote.literal(t.toString()) + " AS TIMESTAMPTZ)";
  }

  private String span(String ts) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT min(" + ts + ")::VARCHAR, max(" + ts + ")::VARCHAR FROM log")) {
      rs.next();
      return rs.getString(1) == null
          ? ""
          : " (column '" + column + "' spans " + rs.getString(1) + " to " + rs.getString(2) + ")";
    }
  }

  private String timestampExpression() throws SQLException {
    String id = SqlQuote.identifier(column);
    String type;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_type FROM (DESCRIBE log) WHERE column_name = "
                    + SqlQuote.literal(column))) {
      rs.next();
      type = rs.getString(1);
    }
    if (ColumnKind.isNumericType(type)) {
      return "to_timestamp(CAST(" + id + " AS DOUBLE))";
    }
    if (ColumnKind.isTemporalType(type)) {
      return "CAST(" + id + " AS TIMESTAMPTZ)";
    }
    String text = "nullif(trim(CAST(" + id + " AS VARCHAR)), '')";
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count("
                    + text
                    + ") FILTER (WHERE TRY_CAST("
                    + text
                    + " AS DOUBLE) IS NULL) FROM log")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return "to_timestamp(TRY_CAST(" + text + " AS DOUBLE))"; // text holding epoch seconds
      }
    }
    return "TRY_CAST(" + text + " AS TIMESTAMPTZ)";
  }

  private void rejectUnparseable(String ts) throws SQLException {
    String id = SqlQuote.identifier(column);
    String sql =
        "SELECT rn, v FROM (SELECT row_number() OVER () AS rn, nullif(trim(CAST("
            + id
            + " AS VARCHAR)), '') AS v, "
            + ts
            + " AS t FROM log) WHERE v IS NOT NULL AND t IS NULL LIMIT 1";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (rs.next()) {
        long row = rs.getLong(1);
        String where =
            file.format() == TableFile.Format.PARQUET ? "row " + row : "line " + (row + 1);
        throw new DriftInputException(
            file.path()
                + ": "
                + where
                + ", column '"
                + column
                + "': '"
                + rs.getString(2)
                + "' is not a timestamp");
      }
    }
  }
}
