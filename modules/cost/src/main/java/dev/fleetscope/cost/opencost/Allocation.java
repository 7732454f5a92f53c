package dev.fleetscope.cost.opencost;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What OpenCost allocated to one aggregate (a namespace, workload, container...) over one step.
 * Costs include OpenCost's adjustments (reconciliation with the cloud bill), so they add up to
 * {@link #totalCost()}.
 *
 * @param name the aggregate's key, e.g. {@code kube-system}; {@code __idle__} is unallocated node
 *     capacity
 */
public record Allocation(
    String name,
    AllocationProperties properties,
    Instant start,
    Instant end,
    Resources resources,
    BigDecimal cpuCost,
    BigDecimal ramCost,
    BigDecimal gpuCost,
    BigDecimal pvCost,
    BigDecimal networkCost,
    BigDecimal loadBalancerCost,
    BigDecimal sharedCost,
    BigDecimal externalCost,
    BigDecimal totalCost,
    double totalEfficiency) {

  public static final String IDLE = "__idle__";

  /** Idle capacity: node cost no workload requested or used, kept visible rather than spread. */
  public boolean idle() {
    return name.equals(IDLE);
  }

  /**
   * Averages over the step: requested and used CPU cores and memory bytes, and GPUs. OpenCost
   * charges the larger of request and use.
   */
  public record Resources(
      double cpuCoreRequestAverage,
      double cpuCoreUsageAverage,
      double ramByteRequestAverage,
      double ramByteUsageAverage,
      double gpuCount) {}
}
