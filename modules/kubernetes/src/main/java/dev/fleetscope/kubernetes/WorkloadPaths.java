package dev.fleetscope.kubernetes;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;

/** Where each workload kind lives in the API and where its pod template's containers are. */
final class WorkloadPaths {
  private WorkloadPaths() {}

  static String collection(WorkloadKind kind, String namespace) {
    return switch (kind) {
      case DEPLOYMENT -> "/apis/apps/v1/namespaces/" + namespace + "/deployments";
      case STATEFUL_SET -> "/apis/apps/v1/namespaces/" + namespace + "/statefulsets";
      case DAEMON_SET -> "/apis/apps/v1/namespaces/" + namespace + "/daemonsets";
      case JOB -> "/apis/batch/v1/namespaces/" + namespace + "/jobs";
      case CRON_JOB -> "/apis/batch/v1/namespaces/" + namespace + "/cronjobs";
    };
  }

  static String object(WorkloadRef ref) {
    return collection(ref.kind(), ref.namespace()) + "/" + ref.name();
  }

  /** JSON Pointer to the pod template's {@code spec}. */
  static String podSpec(WorkloadKind kind) {
    return kind == WorkloadKind.CRON_JOB
        ? "/spec/jobTemplate/spec/template/spec"
        : "/spec/template/spec";
  }

  /** JSON Pointer to the pod template's {@code metadata}. */
  static String podMetadata(WorkloadKind kind) {
    return kind == WorkloadKind.CRON_JOB
        ? "/spec/jobTemplate/spec/template/metadata"
        : "/spec/template/metadata";
  }
}
