package dev.fleetscope.drift.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads reference and current windows through an in-memory DuckDB: two files, or one inference log
 * cut into two time windows by a timestamp column. Columns are typed over both windows together and
 * copied into primitive arrays (numbers) or counts per category (labels).
 */
public final class DuckDbSource {
  private DuckDbSource() {}

  /**
   * Reference and current data from two CSV, TSV or Parquet files with the same columns. Plain CSV
   * files are read without DuckDB, to the same result ({@link PlainCsvWindows}).
   */
  public static Windows readFiles(Path reference, Path current) {
    TableFile ref = TableFile.of(reference);
    TableFile cur = TableFile.of(current);
    return PlainCsvWindows.read(ref, cur).orElseGet(() -> readWithDuckDb(ref, cur));
  }

  /** The complete path: DuckDB reads the files (the fast path's tests compare against it). */
  static Windows readWithDuckDb(TableFile ref, TableFile cur) {
    return withConnection(
        c -> {
          view(c, "reference_window", ref);
          view(c, "current_window", cur);
          requireRows(c, "reference_window", ref);
          requireRows(c, "current_window", cur);
          return new WindowReader(c, names(ref.path().toString(), cur.path().toString())).read();
        });
  }

  /**
   * Two windows of one log file: rows whose {@code timestampColumn} falls in each window (start
   * inclusive, end exclusive). The timestamp column may hold timestamps, dates, ISO-8601 text or
   * epoch seconds; it is left out of the comparison.
   */
  public static Windows readLog(
      Path log, String timestampColumn, TimeWindow reference, TimeWindow current) {
    TableFile file = TableFile.of(log);
    return withConnection(
        c -> {
          view(c, "log", file);
          LogWindows windows = new LogWindows(c, file, timestampColumn);
          windows.cut("reference_window", reference, "reference");
          windows.cut("current_window", current, "current");
          return new WindowReader(
                  c, names(log + " [" + reference + "]", log + " [" + current + "]"))
              .read();
        });
  }

  private static Map<String, String> names(String reference, String current) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("reference_window", reference);
    names.put("current_window", current);
    return names;
  }

  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private static <T> T withConnection(SqlWork<T> work) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("SET TimeZone = 'UTC'");
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new DriftInputException("DuckDB failed: " + firstLines(e.getMessage()), e);
    }
  }

  /**
   * A view over the file: DuckDB scans it only when asked, reading just the columns a query needs.
   */
  private static void view(Connection c, String name, TableFile file) {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP VIEW " + name + " AS SELECT * FROM " + file.scanSql());
    } catch (SQLException e) {
      throw new DriftInputException(file.path() + ": " + firstLines(e.getMessage()), e);
    }
  }

  /**
   * A file of a header alone would be compared as two empty windows, a report that means nothing:
   * it is refused, naming the line where rows should start.
   */
  private static void requireRows(Connection c, String view, TableFile file) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + view)) {
      rs.next();
      if (rs.getLong(1) == 0) {
        String where = file.format() == TableFile.Format.PARQUET ? "" : " line 2:";
        throw new DriftInputException(
            file.path() + ":" + where + " the file has a header and no rows; drift compares rows");
      }
    } catch (SQLException e) {
      throw new DriftInputException(file.path() + ": " + firstLines(e.getMessage()), e);
    }
  }

  /** DuckDB's message up to its list of possible fixes, on one line. */
  static String firstLines(String message) {
    if (message == null) {
      return "unknown error";
    }
    StringBuilder out = new StringBuilder();
    // drop DuckDB's error class ("Invalid Input Error: ", "IO Error: "): the rest says what is
    // wrong
    for (String line : message.replaceFirst("^[A-Z][A-Za-z ]* Error: ", "").split("\n")) {
      String l = line.strip();
      if (l.startsWith("Possible fixes") || l.startsWith("LINE 1:")) {
        break;
      }
      if (!l.isEmpty()) {
        out.append(out.isEmpty() ? "" : "; ").append(l);
      }
    }
    return out.toString();
  }
}
