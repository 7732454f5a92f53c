package dev.fleetscope.cost.billing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header column of one export holds each FOCUS column Fleetscope stores. Names match ignoring
 * case; a column renamed in FOCUS 1.3 is also found by its new name.
 */
record FileColumns(List<String> header, Map<FocusColumn, String> mapped) {
  private static final int HEADER_NAMES_SHOWN = 12;

  FileColumns {
    header = List.copyOf(header);
    mapped = Map.copyOf(mapped);
  }

  /**
   * Maps the header, or refuses a file that lacks a mandatory column, naming every one it lacks.
   */
  static FileColumns of(FocusFile file, List<String> header) throws FocusImportException {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isBlank()) {
        // a trailing comma on the header line, most often: DuckDB cannot name such a column
        throw new FocusImportException(
            file.path(),
            "line 1, column " + (i + 1),
            null,
            "a column has no name; nothing was imported");
      }
      int control = name.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
      if (control >= 0) {
        throw new FocusImportException(
            file.path(),
            "line 1",
            null,
            "a column name holds a control character ("
                + String.format("U+%04X", control)
                + "); nothing was imported");
      }
      // DuckDB, like FOCUS, tells column names apart ignoring case.
      if (!seen.add(name.strip().toLowerCase(java.util.Locale.ROOT))) {
        throw new FocusImportException(
            file.path(),
            "line 1",
            name,
            "the header names this column twice; nothing was imported");
      }
    }
    Map<FocusColumn, String> mapped = new EnumMap<>(FocusColumn.class);
    List<String> missing = new ArrayList<>();
    for (FocusColumn column : FocusColumn.values()) {
      Optional<String> found =
          find(header, column.focusName())
              .or(() -> column.successorName().flatMap(successor -> find(header, successor)));
      found.ifPresent(name -> mapped.put(column, name));
      if (found.isEmpty() && column.required()) {
        missing.add(column.focusName());
      }
    }
    for (String name : FocusColumn.REQUIRED_UNSTORED) {
      if (find(header, name).isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new FocusImportException(
          file.path(),
          "missing mandatory FOCUS column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + " (FOCUS 1.0 to 1.2 require them); the header has "
              + shown(header));
    }
    return new FileColumns(header, mapped);
  }

  Optional<String> nameOf(FocusColumn column) {
    return Optional.ofNullable(mapped.get(column));
  }

  /** The stored column a header column feeds, if any. */
  Optional<FocusColumn> columnFor(String headerName) {
    return mapped.entrySet().stream()
        .filter(e -> e.getValue().equals(headerName))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Optional<String> find(List<String> header, String name) {
    return header.stream().filter(h -> h.strip().equalsIgnoreCase(name)).findFirst();
  }

  private static String shown(List<String> header) {
    if (header.size() <= HEADER_NAMES_SHOWN) {
      return String.join(", ", header);
    }
    return String.join(", ", header.subList(0, HEADER_NAMES_SHOWN))
        + " and "
        + (header.size() - HEADER_NAMES_SHOWN)
        + " more";
  }
}
