package dev.fleetscope.runtime.connections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the pods of every pipeline of a saved source run: a namespace, in one named cluster or in
 * any that has it, and the labels their workloads carry. Orchestrators do not report this, so the
 * user says it once per source.
 *
 * @param cluster the fleet's name for the cluster (a kubeconfig context's name, a Prometheus's
 *     cluster name); empty: any cluster with the namespace
 * @param labels every one must be on a workload for it to count, like a label selector's {@code
 *     matchLabels}
 */
public record PipelinePlacement(
    Optional<String> cluster, String namespace, Map<String, String> labels) {
  public PipelinePlacement {
    cluster = cluster.map(String::strip).filter(c -> !c.isEmpty());
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException("a placement needs a namespace");
    }
    namespace = namespace.strip();
    if (namespace.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a namespace has no spaces, was '" + namespace + "'");
    }
    labels.forEach(
        (k, v) -> {
          if (k == null || k.isBlank() || v == null) {
            throw new IllegalArgumentException(
                "a label needs a key and a value, was '" + k + "=" + v + "'");
          }
        });
    labels = Map.copyOf(labels);
  }

  /**
   * {@code team=ml, tier=batch} as a map, in order; blank gives none.
   *
   * @throws IllegalArgumentException naming the pair that is not {@code key=value}
   */
  public static Map<String, String> parseLabels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? "" : pair.substring(0, eq).strip();
      if (key.isEmpty()) {
        throw new IllegalArgumentException(
            "write labels as key=value, comma-separated; '" + pair.strip() + "' is not");
      }
      labels.put(key, pair.substring(eq + 1).strip());
    }
    return labels;
  }

  /**
   * The labels as {@link #parseLabels} reads them, sorted by key so that a form shows them the same
   * every time.
   */
  public String labelsText() {
    return String.join(
        ", ",
        labels.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .toList());
  }
}
