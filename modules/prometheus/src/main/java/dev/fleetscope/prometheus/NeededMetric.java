package dev.fleetscope.prometheus;

/** The metrics Fleetscope reads, what each is for, and whether Fleetscope can work without it. */
public enum NeededMetric {
  CPU_USAGE("container_cpu_usage_seconds_total", "CPU usage (cAdvisor)", true),
  MEMORY_WORKING_SET("container_memory_working_set_bytes", "memory peaks (cAdvisor)", true),
  POD_OWNER("kube_pod_owner", "which workload each pod belongs to (kube-state-metrics)", true),
  REPLICASET_OWNER(
      "kube_replicaset_owner", "the Deployment behind each ReplicaSet (kube-state-metrics)", true),
  JOB_OWNER("kube_job_owner", "the CronJob behind each Job (kube-state-metrics)", false),
  REQUESTS("kube_pod_container_resource_requests", "container requests (kube-state-metrics)", true),
  LIMITS("kube_pod_container_resource_limits", "container limits (kube-state-metrics)", true),
  POD_PHASE("kube_pod_status_phase", "pod phases (kube-state-metrics)", false),
  POD_INFO("kube_pod_info", "the node of each pod (kube-state-metrics)", false),
  RESTARTS(
      "kube_pod_container_status_restarts_total",
      "restarts, to date OOM kills (kube-state-metrics)",
      false),
  LAST_TERMINATION(
      "kube_pod_container_status_last_terminated_reason",
      "why containers last stopped (kube-state-metrics)",
      false),
  LAST_TERMINATION_TIME(
      "kube_pod_container_status_last_terminated_timestamp",
      "when containers last stopped (recent kube-state-metrics)",
      false),
  OOM_EVENTS("container_oom_events_total", "OOM kills (cAdvisor)", false),
  CFS_PERIODS("container_cpu_cfs_periods_total", "CPU periods, for throttling (cAdvisor)", false),
  CFS_THROTTLED(
      "container_cpu_cfs_throttled_periods_total", "throttled CPU periods (cAdvisor)", false),
  HPA_MAX(
      "kube_horizontalpodautoscaler_spec_max_replicas",
      "autoscaler ranges (kube-state-metrics)",
      false),
  NODE_ALLOCATABLE("kube_node_status_allocatable", "node capacity (kube-state-metrics)", false),
  GPU_UTIL("DCGM_FI_DEV_GPU_UTIL", "GPU utilization (DCGM exporter)", false),
  GPU_FB_USED("DCGM_FI_DEV_FB_USED", "GPU memory (DCGM exporter)", false),
  GPU_ENGINE_ACTIVE(
      "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
      "GPU engine activity, also on MIG slices (DCGM exporter)",
      false);

  private final String metricName;
  private final String purpose;
  private final boolean required;

  NeededMetric(String metricName, String purpose, boolean required) {
    this.metricName = metricName;
    this.purpose = purpose;
    this.required = required;
  }

  public String metricName() {
    return metricName;
  }

  public String purpose() {
    return purpose;
  }

  /** Whether rightsizing cannot work without it; the others only enrich what is shown. */
  public boolean required() {
    return required;
  }
}
