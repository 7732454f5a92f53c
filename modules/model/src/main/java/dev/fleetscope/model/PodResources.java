package dev.fleetscope.model;

/**
 * Pod-level resources ({@code spec.resources}, KEP-2837): CPU and memory for the pod as a whole,
 * which its containers share. Where they are set, the pod is sized as one; unset requests are 0 and
 * unset limits unbounded, as in {@link Resources}.
 */
public record PodResources(Resources requests, Resources limits) {
  public boolean setsCpu() {
    return requests.cpuCores() > 0 || limits.cpuBounded();
  }

  public boolean setsMemory() {
    return requests.memoryBytes() > 0 || limits.memoryBounded();
  }
}
