package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which workload each pod belongs to, from kube-state-metrics' owner series: a pod owned by a
 * StatefulSet or DaemonSet belongs to it; by a ReplicaSet, to the Deployment owning that
 * ReplicaSet; by a Job, to the CronJob owning the Job or else to the Job itself. Built from the
 * series' labels alone (the {@code /api/v1/series} index lookup over a window, or an instant
 * query), so attributing a fortnight of usage costs Prometheus no sample reads.
 */
final class OwnerIndex {
  /** The owner series, as one selector for {@code /api/v1/series} or an instant query. */
  static final String SELECTOR =
      "{__name__=~\"kube_pod_owner|kube_replicaset_owner|kube_job_owner\", owner_is_controller!=\"false\"}";

  private final ClusterLabels clusters;
  private final Map<String, WorkloadRef> pods = new HashMap<>();

  private OwnerIndex(ClusterLabels clusters) {
    this.clusters = clusters;
  }

  /**
   * The owners of every pod that existed between {@code start} and {@code end}: one {@code
   * /api/v1/series} request.
   */
  static OwnerIndex read(
      PrometheusClient client, ClusterLabels clusters, Instant start, Instant end)
      throws PrometheusException {
    return of(client.series(new PromQuery("pod owners", SELECTOR), start, end), clusters);
  }

  /** The index of these owner series (each with its {@code __name__}). */
  static OwnerIndex of(List<Map<String, String>> series, ClusterLabels clusters) {
    Map<String, String> deploymentOfReplicaSet = new HashMap<>();
    Map<String, String> cronJobOfJob = new HashMap<>();
    for (Map<String, String> s : series) {
      String key = clusters.cluster(s) + "/" + s.getOrDefault("namespace", "") + "/";
      String kind = s.getOrDefault("owner_kind", "");
      switch (s.getOrDefault("__name__", "")) {
        case "kube_replicaset_owner" -> {
          if (kind.equals("Deployment")) {
            deploymentOfReplicaSet.put(
                key + s.getOrDefault("replicaset", ""), s.getOrDefault("owner_name", ""));
          }
        }
        case "kube_job_owner" -> {
          if (kind.equals("CronJob")) {
            cronJobOfJob.put(
                key + s.getOrDefault("job_name", ""), s.getOrDefault("owner_name", ""));
          }
        }
        default -> {}
      }
    }
    OwnerIndex index = new OwnerIndex(clusters);
    for (Map<String, String> s : series) {
      if (s.getOrDefault("__name__", "").equals("kube_pod_owner")) {
        index.add(s, deploymentOfReplicaSet, cronJobOfJob);
      }
    }
    return index;
  }

  /** The workload of the pod a series is labelled with ({@code namespace}, {@code pod}). */
  Optional<WorkloadRef> workload(Map<String, String> labels) {
    return Optional.ofNullable(pods.get(podKey(labels)));
  }

  /**
   * The workload container a per-pod series is labelled with ({@code namespace}, {@code pod},
   * {@code container}).
   */
  Optional<ContainerRef> container(Map<String, String> labels) {
    String container = labels.get("container");
    if (container == null || container.isEmpty()) {
      return Optional.empty();
    }
    return workload(labels).map(w -> w.container(container));
  }

  int pods() {
    return pods.size();
  }

  private void add(
      Map<String, String> s,
      Map<String, String> deploymentOfReplicaSet,
      Map<String, String> cronJobOfJob) {
    String cluster = clusters.cluster(s);
    String namespace = s.getOrDefault("namespace", "");
    String owner = s.getOrDefault("owner_name", "");
    String ownerKey = cluster + "/" + namespace + "/" + owner;
    WorkloadRef workload =
        switch (s.getOrDefault("owner_kind", "")) {
          case "StatefulSet" ->
              new WorkloadRef(cluster, namespace, WorkloadKind.STATEFUL_SET, owner);
          case "DaemonSet" -> new WorkloadRef(cluster, namespace, WorkloadKind.DAEMON_SET, owner);
          case "ReplicaSet" -> {
            String deployment = deploymentOfReplicaSet.get(ownerKey);
            yield deployment == null
                ? null
                : new WorkloadRef(cluster, namespace, WorkloadKind.DEPLOYMENT, deployment);
          }
          case "Job" -> {
            String cronJob = cronJobOfJob.get(ownerKey);
            yield cronJob == null
                ? new WorkloadRef(cluster, namespace, WorkloadKind.JOB, owner)
                : new WorkloadRef(cluster, namespace, WorkloadKind.CRON_JOB, cronJob);
          }
          default -> null;
        };
    if (workload != null) {
      pods.put(podKey(s), workload);
    }
  }

  private String podKey(Map<String, String> labels) {
    return clusters.cluster(labels)
        + "/"
        + labels.getOrDefault("namespace", "")
        + "/"
        + labels.getOrDefault("pod", "");
  }
}
