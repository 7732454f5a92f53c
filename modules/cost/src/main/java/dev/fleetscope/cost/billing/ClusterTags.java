package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.SqlQuote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tags clouds put on a Kubernetes cluster's machines, disks and load balancers, naming the
 * cluster: EKS ({@code aws:eks:cluster-name}, {@code eks:cluster-name}, {@code
 * kubernetes.io/cluster/NAME}), eksctl, GKE ({@code goog-k8s-cluster-name}) and AKS ({@code
 * aks-managed-cluster-name}). Billing rows carry them in Tags.
 */
public final class ClusterTags {
  /** Keys whose value is the cluster's name, in the order they are trusted. */
  public static final List<String> NAME_KEYS =
      List.of(
          "aws:eks:cluster-name",
          "eks:cluster-name",
          "alpha.eksctl.io/cluster-name",
          "goog-k8s-cluster-name",
          "aks-managed-cluster-name");

  /**
   * A key that is the cluster's name after this prefix (its value is {@code owned} or {@code
   * shared}).
   */
  public static final String KEY_PREFIX = "kubernetes.io/cluster/";

  private ClusterTags() {}

  /** The cluster a resource's tags name, if any. */
  public static Optional<String> clusterName(Map<String, String> tags) {
    for (String key : NAME_KEYS) {
      String value = tags.get(key);
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return tags.keySet().stream()
        .filter(k -> k.startsWith(KEY_PREFIX) && k.length() > KEY_PREFIX.length())
        .sorted()
        .findFirst()
        .map(k -> k.substring(KEY_PREFIX.length()));
  }

  /** The same rule in DuckDB SQL over a {@code billing_row}'s JSON tags. */
  static String sql() {
    String named =
        NAME_KEYS.stream()
            .map(k -> "json_extract_string(tags, " + SqlQuote.literal("/" + k) + ")")
            .collect(Collectors.joining(", "));
    String prefixed =
        "substr(list_sort(list_filter(json_keys(tags), lambda k: starts_with(k, "
            + SqlQuote.literal(KEY_PREFIX)
            + ")))[1], "
            + (KEY_PREFIX.length() + 1)
            + ")";
    return "coalesce(" + named + ", " + prefixed + ")";
  }
}
