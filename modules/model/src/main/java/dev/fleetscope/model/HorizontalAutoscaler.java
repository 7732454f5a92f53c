package dev.fleetscope.model;

import java.util.OptionalDouble;

/**
 * The HPA facts rightsizing must respect: its replica range and, when it scales on CPU, the target
 * utilization (a fraction of the CPU request), which a new request must keep meaningful.
 */
public record HorizontalAutoscaler(
    int minReplicas, int maxReplicas, OptionalDouble targetCpuUtilization) {
  public HorizontalAutoscaler {
    if (minReplicas < 0 || maxReplicas < minReplicas) {
      throw new IllegalArgumentException(
          "HPA replicas must satisfy 0 <= min <= max, was " + minReplicas + ".." + maxReplicas);
    }
  }

  public boolean scalesOnCpu() {
    return targetCpuUtilization.isPresent();
  }
}
