package dev.fleetscope.drift.source;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.NumericalColumn;
import dev.fleetscope.model.io.SqlQuote;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types the columns of the views reference_window and current_window together and copies them into
 * Datasets. Each window is scanned twice: once to learn which text columns hold only numbers (or
 * only times), once to copy the typed values into a temporary table that is then read column by
 * column.
 */
final class WindowReader {
  private final Connection c;
  private final Map<String, String> sourceNames;

  /**
   * @param sourceNames what each view reads (a file, a window of a log), for error messages
   */
  WindowReader(Connection c, Map<String, String> sourceNames) {
    this.c = c;
    this.sourceNames = sourceNames;
  }

  Windows read() {
    List<String> views = List.copyOf(sourceNames.keySet());
    Map<String, String> refTypes = types(views.get(0));
    Map<String, String> curTypes = types(views.get(1));
    if (!refTypes.keySet().equals(curTypes.keySet())) {
      throw new DriftInputException(
          "columns differ: "
              + sourceNames.get(views.get(0))
              + " has "
              + refTypes.keySet()
              + ", "
              + sourceNames.get(views.get(1))
              + " has "
              + curTypes.keySet());
    }
    Map<String, ColumnKind> ref = new KindProbe(c, views.get(0), refTypes).kinds(this::failure);
    Map<String, ColumnKind> cur = new KindProbe(c, views.get(1), curTypes).kinds(this::failure);
    ComparedColumns compared = ComparedColumns.of(refTypes.keySet(), ref::get, cur::get);
    Map<String, ColumnKind> kinds = compared.kinds();
    List<String> times = compared.times();
    if (kinds.isEmpty()) {
      throw new DriftInputException(
          sourceNames.get(views.get(0))
              + ": no columns to compare"
              + (times.isEmpty() ? "" : "; it holds only time columns " + times));
    }
    return new Windows(
        dataset(views.get(0), refTypes, kinds), dataset(views.get(1), curTypes, kinds), times);
  }

  private Map<String, String> types(String view) {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE " + view)) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    } catch (SQLException e) {
      throw failure(view, e);
    }
    return types;
  }

  private DriftInputException failure(String view, SQLException e) {
    return new DriftInputException(
        sourceNames.get(view) + ": " + DuckDbSource.firstLines(e.getMessage()), e);
  }

  private Dataset dataset(String view, Map<String, String> types, Map<String, ColumnKind> kinds) {
    String table = view + "_typed";
    List<String> select = new ArrayList<>();
    kinds.forEach(
        (name, kind) -> {
          String id = SqlQuote.identifier(name);
          if (kind == ColumnKind.TEXT) {
            select.add("CAST(" + id + " AS VARCHAR) AS " + id);
          } else if (ColumnKind.isNumericType(types.get(name))) {
            select.add("CAST(" + id + " AS DOUBLE) AS " + id);
          } else {
            select.add("TRY_CAST(" + id + " AS DOUBLE) AS " + id);
          }
        });
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE "
              + table
              + " AS SELECT "
              + String.join(", ", select)
              + " FROM "
              + view);
      List<String> numbers =
          kinds.keySet().stream().filter(n -> kinds.get(n) == ColumnKind.NUMBER).toList();
      Map<String, Column> columns = new LinkedHashMap<>();
      for (NumericalColumn col : numbers(table, numbers)) {
        columns.put(col.name(), col);
      }
      for (String name : kinds.keySet()) {
        if (kinds.get(name) == ColumnKind.TEXT) {
          columns.put(name, counts(table, name));
        }
      }
      return new Dataset(kinds.keySet().stream().map(columns::get).toList());
    } catch (SQLException e) {
      throw failure(view, e);
    }
  }

  /** All numerical columns of a table in one pass, missing values as NaN. */
  private List<NumericalColumn> numbers(String table, List<String> names) throws SQLException {
    if (names.isEmpty()) {
      return List.of();
    }
    int rows;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      rows = Math.toIntExact(rs.getLong(1));
    }
    String select =
        String.join(
            ", ",
            names.stream()
                .map(n -> "coalesce(" + SqlQuote.identifier(n) + ", 'NaN'::DOUBLE)")
                .toList());
    double[][] values = new double[names.size()][rows];
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + table)) {
      for (int row = 0; rs.next(); row++) {
        for (int k = 0; k < values.length; k++) {
          values[k][row] = rs.getDouble(k + 1);
        }
      }
    }
    List<NumericalColumn> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      out.add(new NumericalColumn(names.get(k), values[k]));
    }
    return out;
  }

  private CategoricalColumn counts(String table, String name) throws SQLException {
    String id = SqlQuote.identifier(name);
    String sql =
        "SELECT "
            + id
            + ", count(*) FROM "
            + table
            + " WHERE "
            + id
            + " <> '' GROUP BY "
            + id
            + " ORDER BY "
            + id;
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return CategoricalColumn.fromCounts(name, counts);
  }
}
