package dev.fleetscope.simulator;

import dev.fleetscope.model.WorkloadKind;

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
