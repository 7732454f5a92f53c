package dev.fleetscope.cost.billing;

import java.nio.file.Path;

/**
 * Quoting for the few places where DuckDB takes names and paths inside SQL text (table functions).
 */
final class Sql {
  private Sql() {}

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String literal(Path path) {
    return literal(path.toAbsolutePath().toString());
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
