package dev.fleetscope.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of one window of data (reference or current), in their order, with unique names. */
public record Dataset(List<Column> columns) {
  public Dataset {
    columns = List.copyOf(columns);
    Map<String, Column> seen = new LinkedHashMap<>();
    for (Column c : columns) {
      if (seen.put(c.name(), c) != null) {
        throw new IllegalArgumentException("column '" + c.name() + "' appears twice");
      }
    }
  }

  public static Dataset of(Column... columns) {
    return new Dataset(List.of(columns));
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
