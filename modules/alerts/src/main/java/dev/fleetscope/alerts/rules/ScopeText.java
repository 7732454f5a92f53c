package dev.fleetscope.alerts.rules;

import dev.fleetscope.alerts.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rule's scope as one line a person types: {@code all}, or dimensions separated by {@code ;},
 * each {@code name=values} with values separated by {@code ,} and {@code *} matching any run of
 * characters: {@code clusters=prod,lab; namespaces=ml-*}. The form {@link Scope#describe()} writes.
 */
public final class ScopeText {
  private static final List<String> DIMENSIONS =
      List.of("clusters", "namespaces", "teams", "models");
  private static final String EXAMPLE = "all, or clusters=prod,lab; namespaces=ml-*; teams=search";

  private ScopeText() {}

  /** Throws naming the part that is wrong and the expected form. */
  public static Scope parse(String text) {
    String line = text.strip();
    if (line.isEmpty() || line.equalsIgnoreCase("all")) {
      return Scope.ALL;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String part : line.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "\"" + part.strip() + "\" is not name=values; expected " + EXAMPLE);
      }
      String name = dimension(part.substring(0, eq).strip());
      List<String> patterns =
          Arrays.stream(part.substring(eq + 1).split(",", -1)).map(String::strip).toList();
      if (patterns.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException(
            name + " has an empty value in \"" + part.strip() + "\"");
      }
      if (values.put(name, patterns) != null) {
        throw new IllegalArgumentException(
            name + " is given twice; list its values once: " + name + "=a,b");
      }
    }
    return new Scope(
        values.getOrDefault("clusters", List.of()),
        values.getOrDefault("namespaces", List.of()),
        values.getOrDefault("teams", List.of()),
        values.getOrDefault("models", List.of()));
  }

  public static String format(Scope scope) {
    return scope.describe();
  }

  /** {@code clusters}, also from {@code cluster} or {@code Clusters}. */
  private static String dimension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String dimension : DIMENSIONS) {
      if (lower.equals(dimension) || lower.equals(dimension.substring(0, dimension.length() - 1))) {
        return dimension;
      }
    }
    throw new IllegalArgumentException(
        "unknown scope \"" + name + "\": a scope narrows clusters, namespaces, teams or models");
  }
}
