package dev.fleetscope.drift.source;

import java.util.Locale;

/**
 * What a column holds in one window, and over both: numbers when every non-empty value parses as a
 * number, times when every one parses as a date or time, text otherwise. A window without values
 * takes the other's kind; a column empty in both counts as numerical.
 */
enum ColumnKind {
  EMPTY,
  NUMBER,
  TIME,
  TEXT;

  ColumnKind with(ColumnKind other) {
    if (this == EMPTY) {
      return other;
    }
    if (other == EMPTY || other == this) {
      return this;
    }
    return TEXT;
  }

  static boolean isNumericType(String duckDbType) {
    String t = duckDbType.toUpperCase(Locale.ROOT);
    return t.matches(
        "(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL|DECIMAL.*|NUMERIC.*|UHUGEINT)");
  }

  static boolean isTemporalType(String duckDbType) {
    String t = duckDbType.toUpperCase(Locale.ROOT);
    return t.startsWith("TIMESTAMP") || t.equals("DATE") || t.startsWith("TIME");
  }

  static boolean isText(String duckDbType) {
    return duckDbType.equalsIgnoreCase("VARCHAR");
  }
}
