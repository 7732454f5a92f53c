package dev.fleetscope.prometheus;

/**
 * The PromQL that attributes a pod's usage to its workload on the server, the way the
 * kubernetes-mixin's {@code namespace_workload_pod:kube_pod_owner:relabel} rule does: pods owned by
 * a StatefulSet or DaemonSet directly, by a Deployment through its ReplicaSet ({@code
 * kube_replicaset_owner}), by a CronJob through its Job ({@code kube_job_owner}), or by a Job of
 * their own. Only the server-side mode uses it, since its quantiles must be computed per workload;
 * it costs Prometheus several times the usage query itself, so the client-side mode attributes pods
 * with an {@link OwnerIndex} instead, to the same result.
 */
final class WorkloadJoin {
  static final String KIND = "workload_kind";
  static final String NAME = "workload";

  private final String cluster;

  WorkloadJoin(LabelNames labels) {
    this.cluster = labels.cluster();
  }

  /** Where the owner series come from: an instant selector, or one over a window. */
  @FunctionalInterface
  interface OwnerSeries {
    /** An instant-vector expression of {@code metric} with these matchers (no braces). */
    String of(String metric, String matchers);

    OwnerSeries INSTANT = (metric, matchers) -> metric + "{" + matchers + "}";
  }

  /**
   * One series per (cluster, namespace, pod) valued 1, labelled with its workload's kind and name.
   */
  String podOwners() {
    return podOwners(OwnerSeries.INSTANT);
  }

  /** {@link #podOwners()} over owner series taken from {@code series}. */
  String podOwners(OwnerSeries series) {
    String podKey = PromQl.labels(cluster, "namespace", "pod", KIND, NAME);
    String direct =
        named(
            series.of(
                "kube_pod_owner",
                "owner_is_controller=\"true\", owner_kind=~\"StatefulSet|DaemonSet\""),
            "owner_name");
    String viaReplicaSet =
        "label_replace("
            + series.of("kube_pod_owner", "owner_is_controller=\"true\", owner_kind=\"ReplicaSet\"")
            + ", \"replicaset\", \"$1\", \"owner_name\", \"(.+)\")"
            + " * on ("
            + PromQl.labels(cluster, "namespace", "replicaset")
            + ") group_left ("
            + KIND
            + ", "
            + NAME
            + ")"
            + " max by ("
            + PromQl.labels(cluster, "namespace", "replicaset", KIND, NAME)
            + ") ("
            + named(series.of("kube_replicaset_owner", "owner_kind=\"Deployment\""), "owner_name")
            + ")";
    String ownJob =
        "label_replace(label_replace("
            + series.of("kube_job_owner", "owner_kind=\"<none>\"")
            + ", \""
            + NAME
            + "\", \"$1\", \"job_name\", \"(.+)\"), \""
            + KIND
            + "\", \"Job\", \"\", \"\")";
    String viaJob =
        "label_replace("
            + series.of("kube_pod_owner", "owner_is_controller=\"true\", owner_kind=\"Job\"")
            + ", \"job_name\", \"$1\", \"owner_name\", \"(.+)\")"
            + " * on ("
            + PromQl.labels(cluster, "namespace", "job_name")
            + ") group_left ("
            + KIND
            + ", "
            + NAME
            + ")"
            + " max by ("
            + PromQl.labels(cluster, "namespace", "job_name", KIND, NAME)
            + ") ("
            + named(series.of("kube_job_owner", "owner_kind=\"CronJob\""), "owner_name")
            + " or "
            + ownJob
            + ")";
    return "max by (" + podKey + ") (" + direct + " or " + viaReplicaSet + " or " + viaJob + ")";
  }

  /**
   * {@code perPod} (one series per cluster, namespace, pod and container) aggregated per workload
   * container with {@code aggregation}: labelled cluster, namespace, {@value #KIND}, {@value
   * #NAME}, container.
   */
  String perWorkload(String aggregation, String perPod) {
    return aggregation
        + " by ("
        + PromQl.labels(cluster, "namespace", KIND, NAME, "container")
        + ") ("
        + perPod
        + " * on ("
        + PromQl.labels(cluster, "namespace", "pod")
        + ") group_left ("
        + KIND
        + ", "
        + NAME
        + ") "
        + podOwners()
        + ")";
  }

  /**
   * The pod's series grouped by pod and container: {@code aggregation by (cluster, namespace, pod,
   * container) (expr)}.
   */
  String perPod(String aggregation, String expr) {
    return aggregation
        + " by ("
        + PromQl.labels(cluster, "namespace", "pod", "container")
        + ") ("
        + expr
        + ")";
  }

  /** {@code owner_kind} and {@code owner_name} copied to the workload labels. */
  private static String named(String series, String nameLabel) {
    return "label_replace(label_replace("
        + series
        + ", \""
        + NAME
        + "\", \"$1\", \""
        + nameLabel
        + "\", \"(.+)\"), \""
        + KIND
        + "\", \"$1\", \"owner_kind\", \"(.+)\")";
  }
}
