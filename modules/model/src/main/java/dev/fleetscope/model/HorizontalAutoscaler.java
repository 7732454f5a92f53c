package dev.fleetscope.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The HPA ({@code autoscaling/v2}) that scales a workload, as rightsizing must respect it: its
 * replica range, every metric it scales on, and the KEDA ScaledObject that owns it, if one does.
 * Where it scales on a resource's utilization (a share of the request), a new request changes what
 * its target means.
 *
 * @param name the HPA's name; empty when only its numbers are known (a metrics source)
 * @param scaledObject the KEDA ScaledObject that created and owns this HPA
 */
public record HorizontalAutoscaler(
    String name,
    int minReplicas,
    int maxReplicas,
    List<ScalingMetric> metrics,
    Optional<String> scaledObject) {

  public HorizontalAutoscaler {
    if (minReplicas < 0 || maxReplicas < minReplicas) {
      throw new IllegalArgumentException(
          "HPA replicas must satisfy 0 <= min <= max, was " + minReplicas + ".." + maxReplicas);
    }
    metrics = List.copyOf(metrics);
  }

  /** An HPA known only by its range and, when it scales on CPU, its target utilization. */
  public HorizontalAutoscaler(
      int minReplicas, int maxReplicas, OptionalDouble targetCpuUtilization) {
    this(
        "",
        minReplicas,
        maxReplicas,
        targetCpuUtilization.isPresent()
            ? List.of(ScalingMetric.utilization("cpu", targetCpuUtilization.getAsDouble()))
            : List.of(),
        Optional.empty());
  }

  /** The target CPU utilization of the pod (a {@code Resource} metric), as a fraction. */
  public OptionalDouble targetCpuUtilization() {
    return metrics.stream()
        .filter(
            m ->
                m.source() == ScalingMetric.Source.RESOURCE
                    && m.target() == ScalingMetric.Target.UTILIZATION
                    && m.name().equals("cpu"))
        .mapToDouble(ScalingMetric::value)
        .findFirst();
  }

  public boolean scalesOnCpu() {
    return targetCpuUtilization().isPresent();
  }

  /**
   * The utilization target that binds a container's request of {@code resource}: a {@code
   * ContainerResource} metric on that container, else a {@code Resource} metric on the pod.
   */
  public OptionalDouble utilizationTarget(String resource, String container) {
    return metrics.stream()
        .filter(m -> m.utilizationOf(resource, container))
        .sorted(
            (a, b) ->
                Boolean.compare(
                    a.source() != ScalingMetric.Source.CONTAINER_RESOURCE,
                    b.source() != ScalingMetric.Source.CONTAINER_RESOURCE))
        .mapToDouble(ScalingMetric::value)
        .findFirst();
  }

  /** Metrics that do not depend on requests (pods, object, external, or absolute values). */
  public List<ScalingMetric> otherMetrics(String container) {
    return metrics.stream()
        .filter(m -> !m.utilizationOf("cpu", container) && !m.utilizationOf("memory", container))
        .toList();
  }

  public boolean ownedByKeda() {
    return scaledObject.isPresent();
  }

  /**
   * {@code KEDA ScaledObject worker (HPA keda-hpa-worker, 0..20 replicas: external metric s0-kafka
   * averaging 50 per pod)}.
   */
  public String describe() {
    String range = minReplicas + ".." + maxReplicas + " replicas";
    String on =
        metrics.isEmpty()
            ? ""
            : ": "
                + metrics.stream().map(ScalingMetric::describe).collect(Collectors.joining(", "));
    String hpa = name.isEmpty() ? "HPA" : "HPA " + name;
    return scaledObject
        .map(so -> "KEDA ScaledObject " + so + " (" + hpa + ", " + range + on + ")")
        .orElse(hpa + " (" + range + on + ")");
  }
}
