package dev.fleetscope.alerts.input;

import dev.fleetscope.model.Workload;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where an alert's subject lives, matched against a rule's scope: a model served in two clusters
 * has both. An empty set means unknown (a pipeline nobody placed has no cluster).
 */
public record Placement(
    Set<String> clusters, Set<String> namespaces, Set<String> teams, Set<String> models) {
  public static final Placement NONE = new Placement(Set.of(), Set.of(), Set.of(), Set.of());

  public Placement {
    clusters = clean(clusters);
    namespaces = clean(namespaces);
    teams = clean(teams);
    models = clean(models);
  }

  /** One place; blank parts are unknown. */
  public static Placement of(
      String cluster, String namespace, String team, Optional<String> model) {
    return new Placement(
        nonBlank(cluster), nonBlank(namespace), nonBlank(team), nonBlank(model.orElse("")));
  }

  /** Where a workload runs, who owns it and the model it serves. */
  public static Placement of(Workload workload) {
    return of(
        workload.ref().cluster(), workload.ref().namespace(), workload.team(), workload.model());
  }

  public static Placement ofModel(String model) {
    return of("", "", "", Optional.of(model));
  }

  /** Both places: a subject found in either. */
  public Placement plus(Placement other) {
    return new Placement(
        union(clusters, other.clusters),
        union(namespaces, other.namespaces),
        union(teams, other.teams),
        union(models, other.models));
  }

  private static Set<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Set.of() : Set.of(value);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
  }

  private static Set<String> clean(Set<String> values) {
    Set<String> sorted = new TreeSet<>();
    values.stream().filter(v -> v != null && !v.isBlank()).forEach(sorted::add);
    return java.util.Collections.unmodifiableSet(sorted);
  }
}
