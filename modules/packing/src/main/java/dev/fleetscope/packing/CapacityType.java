package dev.fleetscope.packing;

/** How a node is bought; spot nodes are cheaper and can be taken back by the cloud. */
public enum CapacityType {
  ON_DEMAND("on-demand"),
  SPOT("spot");

  private final String label;

  CapacityType(String label) {
    this.label = label;
  }

  /** The value of Karpenter's {@code karpenter.sh/capacity-type} label. */
  public String label() {
    return label;
  }
}
