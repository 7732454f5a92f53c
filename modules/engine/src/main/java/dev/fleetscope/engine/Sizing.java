package dev.fleetscope.engine;

import dev.fleetscope.model.Resources;

/**
 * Requests and limits of one container, as its pod template says or as a strategy proposes. An
 * unset request is zero and an unset limit unbounded, as in {@link Resources}.
 */
public record Sizing(Resources requests, Resources limits) {
  public static final Sizing UNSET = new Sizing(Resources.NONE, Resources.UNBOUNDED);

  public static Sizing of(
      double cpuRequest, double cpuLimit, long memoryRequest, long memoryLimit) {
    return new Sizing(
        new Resources(cpuRequest, memoryRequest), new Resources(cpuLimit, memoryLimit));
  }

  public double cpuRequest() {
    return requests.cpuCores();
  }

  /** Infinite when there is no CPU limit. */
  public double cpuLimit() {
    return limits.cpuCores();
  }

  public long memoryRequest() {
    return requests.memoryBytes();
  }

  /** {@link Long#MAX_VALUE} when there is no memory limit. */
  public long memoryLimit() {
    return limits.memoryBytes();
  }
}
