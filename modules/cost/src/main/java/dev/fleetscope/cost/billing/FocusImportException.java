package dev.fleetscope.cost.billing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A FOCUS export that cannot be imported, said so a person can fix it: the file, where in it (a CSV
 * line or a Parquet row) and the column, when the problem has a place. When this is thrown nothing
 * of the import was kept.
 */
public final class FocusImportException extends Exception {
  private final Path file;
  private final Optional<String> location;
  private final Optional<String> column;

  public FocusImportException(Path file, String message) {
    this(file, null, null, message);
  }

  public FocusImportException(Path file, String location, String column, String message) {
    super(describe(file, location, column, message));
    this.file = file;
    this.location = Optional.ofNullable(location);
    this.column = Optional.ofNullable(column);
  }

  private static String describe(Path file, String location, String column, String message) {
    StringBuilder text = new StringBuilder(String.valueOf(file));
    if (location != null) {
      text.append(", ").append(location);
    }
    if (column != null) {
      text.append(", column ").append(column);
    }
    return text.append(": ").append(message).toString();
  }

  public Path file() {
    return file;
  }

  /** {@code line 7} for CSV, {@code row 7} for Parquet (which has no lines). */
  public Optional<String> location() {
    return location;
  }

  public Optional<String> column() {
    return column;
  }
}
