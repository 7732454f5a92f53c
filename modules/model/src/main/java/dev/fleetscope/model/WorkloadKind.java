package dev.fleetscope.model;

/** The Kubernetes controllers that own pods. */
public enum WorkloadKind {
  DEPLOYMENT("Deployment"),
  STATEFUL_SET("StatefulSet"),
  DAEMON_SET("DaemonSet"),
  JOB("Job"),
  CRON_JOB("CronJob");

  private final String kubernetesKind;

  WorkloadKind(String kubernetesKind) {
    this.kubernetesKind = kubernetesKind;
  }

  /** The {@code kind} as the Kubernetes API spells it. */
  public String kubernetesKind() {
    return kubernetesKind;
  }

  public static WorkloadKind fromKubernetesKind(String kind) {
    for (WorkloadKind k : values()) {
      if (k.kubernetesKind.equals(kind)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a workload kind Fleetscope knows: " + kind);
  }
}
