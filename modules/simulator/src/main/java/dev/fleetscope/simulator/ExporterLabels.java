package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.WorkloadKind;
import java.util.Optional;

/**
 * Names the demo fleet the way the real exporters do: the owner chain kube-state-metrics reports
 * (Deployment pods are owned by a ReplicaSet, CronJob pods by a Job) and the resource names of GPU
 * requests.
 */
final class ExporterLabels {
  private ExporterLabels() {}

  /** The pod's direct owner as {@code kube_pod_owner} reports it: {kind, name}. */
  static String[] podOwner(SimWorkload w, SimPod pod) {
    return switch (w.ref().kind()) {
      case DEPLOYMENT -> new String[] {"ReplicaSet", withoutLastSegment(pod.name())};
      case CRON_JOB -> new String[] {"Job", withoutLastSegment(pod.name())};
      default -> new String[] {w.ref().kind().kubernetesKind(), w.ref().name()};
    };
  }

  /** Whether the pod's owner is itself owned (ReplicaSet by Deployment, Job by CronJob). */
  static boolean ownerHasOwner(WorkloadKind kind) {
    return kind == WorkloadKind.DEPLOYMENT || kind == WorkloadKind.CRON_JOB;
  }

  private static String withoutLastSegment(String podName) {
    return podName.substring(0, podName.lastIndexOf('-'));
  }

  /** A native sidecar: kube-state-metrics reports it among the init containers. */
  static boolean sidecar(SimContainer container) {
    return container.spec().kind() == ContainerKind.SIDECAR;
  }

  /**
   * The GPUs a container asks for as extended resources ({@code nvidia.com/gpu}, {@code
   * nvidia.com/mig-*}): none where they are held through DRA claims.
   */
  static GpuAllocation extendedGpu(SimWorkload w, SimContainer container) {
    return w.extras().gpuClaims().isEmpty() ? container.spec().gpu() : GpuAllocation.NONE;
  }

  /**
   * What kube-scheduler's {@code kube_pod_resource_request} and {@code kube_pod_resource_limit}
   * report for one replica ({@code /metrics/resources}): requests as the scheduler counts them, pod
   * level where set; limits pod level where set, else the containers' sum when every container is
   * limited. NaN where the scheduler reports nothing.
   */
  static Scheduled scheduled(SimWorkload w) {
    Resources requests = w.requestsPerReplica();
    Optional<PodResources> pod = w.extras().podResources();
    double cpuLimit = Double.NaN;
    double memoryLimit = Double.NaN;
    if (pod.isPresent() && pod.get().limits().cpuBounded()) {
      cpuLimit = pod.get().limits().cpuCores();
    } else if (w.containers().stream().allMatch(c -> c.spec().limits().cpuBounded())) {
      cpuLimit = w.containers().stream().mapToDouble(c -> c.spec().limits().cpuCores()).sum();
    }
    if (pod.isPresent() && pod.get().limits().memoryBounded()) {
      memoryLimit = pod.get().limits().memoryBytes();
    } else if (w.containers().stream().allMatch(c -> c.spec().limits().memoryBounded())) {
      memoryLimit = w.containers().stream().mapToDouble(c -> c.spec().limits().memoryBytes()).sum();
    }
    return new Scheduled(
        requests.cpuCores() > 0 ? requests.cpuCores() : Double.NaN,
        requests.memoryBytes() > 0 ? requests.memoryBytes() : Double.NaN,
        cpuLimit,
        memoryLimit);
  }

  /** One pod's figures in kube-scheduler's resource metrics, in cores and bytes. */
  record Scheduled(double cpuRequest, double memoryRequest, double cpuLimit, double memoryLimit) {
    double cpu(boolean requests) {
      return requests ? cpuRequest : cpuLimit;
    }

    double memory(boolean requests) {
      return requests ? memoryRequest : memoryLimit;
    }
  }

  /** The HPA's own name (KEDA's {@code keda-hpa-...}), else the workload's. */
  static String hpaName(SimWorkload w) {
    String name = w.autoscaler().map(HorizontalAutoscaler::name).orElse("");
    return name.isEmpty() ? w.ref().name() : name;
  }

  /** {@code metric_target_type} as kube-state-metrics spells it. */
  static String targetType(ScalingMetric m) {
    return switch (m.target()) {
      case UTILIZATION -> "utilization";
      case AVERAGE_VALUE -> "average";
      case VALUE -> "value";
    };
  }

  /** The target as kube-state-metrics reports it: utilization in percent, else the value. */
  static double targetValue(ScalingMetric m) {
    return m.target() == ScalingMetric.Target.UTILIZATION ? Math.round(m.value() * 100) : m.value();
  }

  /** A stable fake GPU UUID for a device on a node. */
  static String gpuUuid(String node, int index) {
    long h = Noise.mix(node.hashCode() * 31L + index);
    return String.format(
        "GPU-%08x-%04x-%04x-%04x-%012x",
        (int) (h >>> 32),
        (int) (h >>> 16) & 0xffff,
        (int) h & 0xffff,
        (int) (h >>> 48) & 0xffff,
        h & 0xffffffffffffL);
  }
}
