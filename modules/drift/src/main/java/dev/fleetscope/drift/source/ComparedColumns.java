package dev.fleetscope.drift.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns both windows are compared on, each as numbers or text by its kind over both windows,
 * and the time columns left out. Both readers (DuckDB's and the plain CSV one) decide it here.
 */
record ComparedColumns(Map<String, ColumnKind> kinds, List<String> times) {
  static ComparedColumns of(
      Iterable<String> names,
      Function<String, ColumnKind> reference,
      Function<String, ColumnKind> current) {
    Map<String, ColumnKind> kinds = new LinkedHashMap<>();
    List<String> times = new ArrayList<>();
    for (String name : names) {
      ColumnKind kind = reference.apply(name).with(current.apply(name));
      if (kind == ColumnKind.TIME) {
        times.add(name);
      } else {
        kinds.put(name, kind == ColumnKind.TEXT ? ColumnKind.TEXT : ColumnKind.NUMBER);
      }
    }
    return new ComparedColumns(kinds, times);
  }
}
