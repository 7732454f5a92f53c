package dev.fleetscope.runtime.cost;

/**
 * The ways the Cost view splits cost. Cluster and service come from the cloud bill (a bill knows
 * its resources' tags and services); namespace, team and model come from allocating node cost to
 * workloads, which only the cluster knows (OpenCost when configured, else node prices by request).
 */
public enum CostDimension {
  CLUSTER("Cluster", true),
  NAMESPACE("Namespace", false),
  TEAM("Team", false),
  MODEL("Model", false),
  SERVICE("Service", true);

  private final String label;
  private final boolean billed;

  CostDimension(String label, boolean billed) {
    this.label = label;
    this.billed = billed;
  }

  public String label() {
    return label;
  }

  /** Whether the billing export answers it (else in-cluster allocation does). */
  public boolean billed() {
    return billed;
  }

  /** What a row without a key is called: {@code (no team)}. */
  public String missing() {
    return this == CLUSTER
        ? "(not in a cluster)"
        : "(no " + label.toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
