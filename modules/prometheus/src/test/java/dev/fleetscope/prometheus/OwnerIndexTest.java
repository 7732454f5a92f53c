package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Owner series as kube-state-metrics exposes them, to the workload each pod belongs to. */
class OwnerIndexTest {
  private static final OwnerIndex OWNERS =
      OwnerIndex.of(
          List.of(
              owner("kube_pod_owner", "pod", "web-7d9f-x", "ReplicaSet", "web-7d9f"),
              owner("kube_replicaset_owner", "replicaset", "web-7d9f", "Deployment", "web"),
              owner("kube_pod_owner", "pod", "db-0", "StatefulSet", "db"),
              owner("kube_pod_owner", "pod", "agent-k2", "DaemonSet", "agent"),
              owner("kube_pod_owner", "pod", "train-2911-q", "Job", "train-2911"),
              owner("kube_job_owner", "job_name", "train-2911", "CronJob", "train"),
              owner("kube_pod_owner", "pod", "migrate-x", "Job", "migrate"),
              owner("kube_job_owner", "job_name", "migrate", "<none>", "<none>"),
              owner("kube_pod_owner", "pod", "bare-rs-y", "ReplicaSet", "bare-rs"),
              owner("kube_replicaset_owner", "replicaset", "bare-rs", "<none>", "<none>"),
              owner("kube_pod_owner", "pod", "canary-z", "Rollout", "canary")),
          new ClusterLabels(LabelNames.STANDARD, "lab"));

  @Test
  void followsReplicaSetsToDeploymentsAndJobsToCronJobs() {
    assertEquals(
        Optional.of(new WorkloadRef("lab", "ml", WorkloadKind.DEPLOYMENT, "web")),
        OWNERS.workload(pod("web-7d9f-x")));
    assertEquals(
        Optional.of(new WorkloadRef("lab", "ml", WorkloadKind.CRON_JOB, "train")),
        OWNERS.workload(pod("train-2911-q")));
  }

  @Test
  void takesStatefulSetsDaemonSetsAndJobsOfTheirOwnAsTheyAre() {
    assertEquals(
        Optional.of(new WorkloadRef("lab", "ml", WorkloadKind.STATEFUL_SET, "db")),
        OWNERS.workload(pod("db-0")));
    assertEquals(
        Optional.of(new WorkloadRef("lab", "ml", WorkloadKind.DAEMON_SET, "agent")),
        OWNERS.workload(pod("agent-k2")));
    assertEquals(
        Optional.of(new WorkloadRef("lab", "ml", WorkloadKind.JOB, "migrate")),
        OWNERS.workload(pod("migrate-x")));
  }

  @Test
  void leavesOutPodsWhoseOwnerIsNoWorkloadKindFleetscopeModels() {
    assertEquals(Optional.empty(), OWNERS.workload(pod("bare-rs-y")));
    assertEquals(Optional.empty(), OWNERS.workload(pod("canary-z")));
    assertEquals(5, OWNERS.pods());
  }

  private static Map<String, String> pod(String name) {
    return Map.of("namespace", "ml", "pod", name);
  }

  private static Map<String, String> owner(
      String metric, String objectLabel, String object, String kind, String name) {
    return Map.of(
        "__name__",
        metric,
        "namespace",
        "ml",
        objectLabel,
        object,
        "owner_kind",
        kind,
        "owner_name",
        name);
  }
}
