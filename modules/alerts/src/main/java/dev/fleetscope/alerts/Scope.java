package dev.fleetscope.alerts;

import dev.fleetscope.alerts.input.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which subjects a rule watches. Each list narrows: a subject is in scope when, for every non-empty
 * list, one of its values matches one of the list's patterns ({@code *} matches any run of
 * characters: {@code ml-*}). A subject whose value is unknown for a narrowed dimension is out of
 * scope: a rule for the {@code prod} cluster does not watch a pipeline nobody placed.
 */
public record Scope(
    List<String> clusters, List<String> namespaces, List<String> teams, List<String> models) {
  public static final Scope ALL = new Scope(List.of(), List.of(), List.of(), List.of());

  public Scope {
    clusters = clean(clusters, "cluster");
    namespaces = clean(namespaces, "namespace");
    teams = clean(teams, "team");
    models = clean(models, "model");
  }

  public boolean matches(Placement placement) {
    return matches(clusters, placement.clusters())
        && matches(namespaces, placement.namespaces())
        && matches(teams, placement.teams())
        && matches(models, placement.models());
  }

  public boolean all() {
    return clusters.isEmpty() && namespaces.isEmpty() && teams.isEmpty() && models.isEmpty();
  }

  /** {@code all}, or {@code clusters=prod,lab; teams=ml}. */
  public String describe() {
    if (all()) {
      return "all";
    }
    List<String> parts = new ArrayList<>();
    part(parts, "clusters", clusters);
    part(parts, "namespaces", namespaces);
    part(parts, "teams", teams);
    part(parts, "models", models);
    return String.join("; ", parts);
  }

  private static void part(List<String> parts, String name, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + "=" + String.join(",", values));
    }
  }

  private static boolean matches(List<String> patterns, Set<String> values) {
    return patterns.isEmpty()
        || values.stream()
            .anyMatch(v -> patterns.stream().anyMatch(p -> glob(p).matcher(v).matches()));
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private static List<String> clean(List<String> values, String what) {
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("a scope's " + what + " cannot be blank");
      }
    }
    return values.stream().map(String::strip).distinct().toList();
  }
}
