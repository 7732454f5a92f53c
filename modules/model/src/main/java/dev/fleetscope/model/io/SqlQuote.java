package dev.fleetscope.model.io;

import java.nio.file.Path;

/**
 * Quoting for the few places where the DuckDB stores (cost exports, drift logs) put names and text
 * inside SQL: table functions take file paths and column lists as literals, which no prepared
 * statement can bind. Standard SQL: identifiers in double quotes, text in single quotes, the quote
 * doubled inside.
 */
public final class SqlQuote {
  private SqlQuote() {}

  public static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  public static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  /** A file's absolute path as a literal, so it does not depend on the working directory. */
  public static String literal(Path path) {
    return literal(path.toAbsolutePath().toString());
  }
}
