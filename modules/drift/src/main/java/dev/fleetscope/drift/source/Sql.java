package dev.fleetscope.drift.source;

/** Quoting for the SQL text sent to DuckDB. */
final class Sql {
  private Sql() {}

  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }
}
