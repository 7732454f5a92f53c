package dev.fleetscope.engine;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.JvmMemory;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a strategy must know about a container besides its usage.
 *
 * @param current the requests and limits it runs with now
 * @param replicas how many replicas run it; savings are per replica times this
 * @param containersPerPod how many containers share its pod (the VPA splits its pod minimums among
 *     them)
 * @param autoscaler the HPA that scales its workload, if any (owned by a KEDA ScaledObject or not)
 * @param gpu the GPUs it holds (through the device plugin or DRA claims)
 * @param container its name, which a {@code ContainerResource} HPA metric names; empty for a pod
 *     sized as a whole
 * @param kind an app container, a native sidecar, or an init container (sized by its peaks)
 * @param jvm how its JVM sizes its heap, when it runs one
 * @param batch whether its workload runs to completion (a Job, a CronJob, a group of Jobs): its
 *     history is runs with idle gaps between them
 */
public record ContainerFacts(
    Sizing current,
    int replicas,
    int containersPerPod,
    Optional<HorizontalAutoscaler> autoscaler,
    GpuAllocation gpu,
    String container,
    ContainerKind kind,
    Optional<JvmMemory> jvm,
    boolean batch) {

  public ContainerFacts {
    if (replicas < 0 || containersPerPod < 1) {
      throw new IllegalArgumentException(
          "replicas must be >= 0 and containers per pod >= 1, were "
              + replicas
              + " and "
              + containersPerPod);
    }
  }

  /** An app container of a long-running workload, without a known JVM. */
  public ContainerFacts(
      Sizing current,
      int replicas,
      int containersPerPod,
      Optional<HorizontalAutoscaler> autoscaler,
      GpuAllocation gpu) {
    this(
        current,
        replicas,
        containersPerPod,
        autoscaler,
        gpu,
        "",
        ContainerKind.CONTAINER,
        Optional.empty(),
        false);
  }

  /** A single-container pod with one replica, no HPA and no GPU: what a CSV row set describes. */
  public static ContainerFacts of(Sizing current) {
    return new ContainerFacts(current, 1, 1, Optional.empty(), GpuAllocation.NONE);
  }

  public ContainerFacts withAutoscaler(HorizontalAutoscaler hpa) {
    return new ContainerFacts(
        current, replicas, containersPerPod, Optional.of(hpa), gpu, container, kind, jvm, batch);
  }

  public ContainerFacts withJvm(JvmMemory newJvm) {
    return new ContainerFacts(
        current,
        replicas,
        containersPerPod,
        autoscaler,
        gpu,
        container,
        kind,
        Optional.of(newJvm),
        batch);
  }

  /**
   * The utilization target that binds this container's request of a resource, when an HPA scales on
   * one (as a fraction of the request).
   */
  public OptionalDouble utilizationTarget(String resource) {
    return autoscaler
        .map(h -> h.utilizationTarget(resource, container))
        .orElse(OptionalDouble.empty());
  }

  /** Whether it is sized by the peaks of its runs rather than by percentiles of its minutes. */
  public boolean sizedByRuns() {
    return batch || kind == ContainerKind.INIT;
  }
}
