package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.SqlQuote;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The kind of each column of one window. Typed columns (Parquet) are known from their type. Text
 * columns are first tried on the window's first rows, where a column of words fails at once; only
 * columns that still look like numbers or like times are then checked over every row, in one scan,
 * because parsing text as times is slow.
 */
final class KindProbe {
  static final int SAMPLE_ROWS = 10_000;

  private final Connection c;
  private final String view;
  private final Map<String, String> types;

  KindProbe(Connection c, String view, Map<String, String> types) {
    this.c = c;
    this.view = view;
    this.types = types;
  }

  Map<String, ColumnKind> kinds(BiFunction<String, SQLException, DriftInputException> failure) {
    Map<String, ColumnKind> kinds = new LinkedHashMap<>();
    List<String> text = new ArrayList<>();
    types.forEach(
        (name, type) -> {
          if (ColumnKind.isNumericType(type)) {
            kinds.put(name, ColumnKind.NUMBER);
          } else if (ColumnKind.isTemporalType(type)) {
            kinds.put(name, ColumnKind.TIME);
          } else if (ColumnKind.isText(type)) {
            kinds.put(name, null);
            text.add(name);
          } else {
            kinds.put(name, ColumnKind.TEXT);
          }
        });
    try {
      if (!text.isEmpty()) {
        long[][] sample =
            count(text, "(SELECT * FROM " + view + " LIMIT " + SAMPLE_ROWS + ")", true, true);
        List<String> numberLike = new ArrayList<>();
        List<String> timeLike = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
          if (sample[i][1] == 0) {
            numberLike.add(text.get(i));
          } else if (sample[i][2] == 0) {
            timeLike.add(text.get(i));
          } else {
            kinds.put(text.get(i), ColumnKind.TEXT);
          }
        }
        long[][] numbers = count(numberLike, view, true, false);
        for (int i = 0; i < numberLike.size(); i++) {
          kinds.put(
              numberLike.get(i),
              numbers[i][1] > 0
                  ? ColumnKind.TEXT
                  : numbers[i][0] == 0 ? ColumnKind.EMPTY : ColumnKind.NUMBER);
        }
        long[][] times = count(timeLike, view, false, true);
        for (int i = 0; i < timeLike.size(); i++) {
          kinds.put(timeLike.get(i), times[i][2] == 0 ? ColumnKind.TIME : ColumnKind.TEXT);
        }
      }
    } catch (SQLException e) {
      throw failure.apply(view, e);
    }
    return kinds;
  }

  /**
   * Per column: values that are numbers (when asked for numbers) or non-empty values, non-empty
   * values that are not numbers, and non-empty values that are not times (0 when not asked). The
   * cheap number parse comes first so that blanks are trimmed only where it fails.
   */
  private long[][] count(List<String> columns, String from, boolean numbers, boolean times)
      throws SQLException {
    long[][] out = new long[columns.size()][3];
    if (columns.isEmpty()) {
      return out;
    }
    List<String> aggregates = new ArrayList<>();
    for (String name : columns) {
      String v = SqlQuote.identifier(name);
      String nonEmpty = "trim(" + v + ") <> ''";
      aggregates.add(
          numbers
              ? "count(TRY_CAST(" + v + " AS DOUBLE))"
              : "count(" + v + ") FILTER (WHERE " + nonEmpty + ")");
      aggregates.add(
          numbers
              ? "count("
                  + v
                  + ") FILTER (WHERE TRY_CAST("
                  + v
                  + " AS DOUBLE) IS NULL AND "
                  + nonEmpty
                  + ")"
              : "0");
      aggregates.add(
          times
              ? "count("
                  + v
                  + ") FILTER (WHERE "
                  + nonEmpty
                  + " AND TRY_CAST(trim("
                  + v
                  + ") AS TIMESTAMP) IS NULL)"
              : "0");
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT " + String.join(", ", aggregates) + " FROM " + from)) {
      rs.next();
      for (int i = 0; i < columns.size(); i++) {
        for (int k = 0; k < 3; k++) {
          out[i][k] = rs.getLong(3 * i + k + 1);
        }
      }
    }
    return out;
  }
}
