package dev.fleetscope.packing;

/**
 * A node taint that keeps pods off unless they tolerate it ({@code NoSchedule} and {@code
 * NoExecute}; {@code PreferNoSchedule} is a preference and is not modelled).
 */
public record Taint(String key, String value, String effect) {
  /** What GPU node pools carry on GKE and AKS, and what EKS GPU node groups usually add. */
  public static final Taint NVIDIA_GPU = new Taint("nvidia.com/gpu", "present", "NoSchedule");
}
