package dev.fleetscope.engine;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HorizontalAutoscaler;
import java.util.Optional;

/**
 * What a strategy must know about a container besides its usage.
 *
 * @param current the requests and limits it runs with now
 * @param replicas how many replicas run it; savings are per replica times this
 * @param containersPerPod how many containers share its pod (the VPA splits its pod minimums among
 *     them)
 * @param autoscaler the HPA that scales its workload, if any
 * @param gpu the GPUs it asks for
 */
public record ContainerFacts(
    Sizing current,
    int replicas,
    int containersPerPod,
    Optional<HorizontalAutoscaler> autoscaler,
    GpuAllocation gpu) {

  public ContainerFacts {
    if (replicas < 0 || containersPerPod < 1) {
      throw new IllegalArgumentException(
          "replicas must be >= 0 and containers per pod >= 1, were "
              + replicas
              + " and "
              + containersPerPod);
    }
  }

  /** A single-container pod with one replica, no HPA and no GPU: what a CSV row set describes. */
  public static ContainerFacts of(Sizing current) {
    return new ContainerFacts(current, 1, 1, Optional.empty(), GpuAllocation.NONE);
  }

  public ContainerFacts withAutoscaler(HorizontalAutoscaler hpa) {
    return new ContainerFacts(current, replicas, containersPerPod, Optional.of(hpa), gpu);
  }
}
