package dev.fleetscope.prometheus;

import dev.fleetscope.model.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The fleet's usage questions in PromQL: one query per metric for a whole Prometheus (every
 * cluster, namespace and pod at once), never one per workload. Each answers one series per pod
 * container, which Fleetscope attributes to workloads itself ({@link OwnerIndex}) rather than
 * making Prometheus join owners at every step. A sample evaluated at {@code t} covers {@code (t -
 * window, t]}: CPU is the mean rate over it (the counter's increase since the sample that closed
 * the previous window), memory and GPU framebuffer the peak within it (so peaks between steps are
 * not lost), GPU activity the mean. The server-side mode, which must compute per workload on the
 * server, joins there ({@link WorkloadJoin}).
 */
public final class UsageQueries {
  /** The metrics a fleet query reads, in the order they are fetched. */
  public static final List<Metric> METRICS = List.of(Metric.values());

  private static final double MIB = 1 << 20;

  private final LabelNames labels;
  private final WorkloadJoin join;

  public UsageQueries(LabelNames labels) {
    this.labels = labels;
    this.join = new WorkloadJoin(labels);
  }

  /** The usage of every pod container for one metric, each sample covering the window before it. */
  public PromQuery usage(Metric metric, Duration window) {
    return new PromQuery(name(metric), perPod(metric, window));
  }

  private String perPod(Metric metric, Duration window) {
    String w = PromQl.window(window);
    return switch (metric) {
      case CPU_CORES ->
          join.perPod(
              "max",
              cadvisor(
                  "rate(container_cpu_usage_seconds_total"
                      + cadvisorFilter()
                      + PromQl.rateWindow(window)
                      + ")"));
      case MEMORY_BYTES ->
          join.perPod(
              "max",
              cadvisor(
                  "max_over_time(container_memory_working_set_bytes" + cadvisorFilter() + w + ")"));
      case GPU_UTILIZATION ->
          join.perPod(
              "avg", dcgm("avg_over_time(DCGM_FI_DEV_GPU_UTIL" + dcgmFilter() + w + ") / 100"));
      case GPU_ENGINE_ACTIVE ->
          join.perPod(
              "avg", dcgm("avg_over_time(DCGM_FI_PROF_GR_ENGINE_ACTIVE" + dcgmFilter() + w + ")"));
      case GPU_MEMORY_BYTES ->
          join.perPod(
              "sum",
              dcgm("max_over_time(DCGM_FI_DEV_FB_USED" + dcgmFilter() + w + ") * " + (long) MIB));
    };
  }

  /**
   * OOM kills per pod container within each step: cAdvisor's {@code container_oom_events_total}
   * where it counts them, else restarts whose last termination kube-state-metrics reports as {@code
   * OOMKilled}. Counted as the difference to one step earlier, which neither extrapolates nor
   * misses a kill between two windows.
   */
  public PromQuery oomKills(Duration step) {
    return new PromQuery("OOM kills", oomPerPod(step));
  }

  private String oomPerPod(Duration step) {
    String offset = " offset " + PromQl.seconds(step);
    String events = "container_oom_events_total" + cadvisorFilter();
    String byCadvisor =
        join.perPod("max", cadvisor("(" + events + " - " + events + offset + ") > 0"));
    String restarts = "kube_pod_container_status_restarts_total";
    String byRestarts =
        join.perPod(
            "max",
            "("
                + restarts
                + " - "
                + restarts
                + offset
                + ") > 0 and on ("
                + PromQl.labels(labels.cluster(), "namespace", "pod", "container")
                + ") (kube_pod_container_status_last_terminated_reason{reason=\"OOMKilled\"} == 1)");
    return join.perPod("max", byCadvisor + " or " + byRestarts);
  }

  /**
   * The share of CFS periods in which each pod container was throttled, averaged over the window's
   * steps: one instant query answered by a subquery, so only one number per pod container travels.
   */
  public PromQuery cpuThrottling(Duration window, Duration step) {
    String w = PromQl.rateWindow(step);
    String throttled =
        "rate(container_cpu_cfs_throttled_periods_total" + cadvisorFilter() + w + ")";
    String periods = "(rate(container_cpu_cfs_periods_total" + cadvisorFilter() + w + ") > 0)";
    String perPod = join.perPod("max", cadvisor(throttled + " / " + periods));
    return new PromQuery(
        "CPU throttling", "avg_over_time((" + perPod + ")" + PromQl.subquery(window, step) + ")");
  }

  /**
   * Server-side mode: the {@code quantile} (0..1; 1 is the maximum) of a metric's per-step usage
   * over the window, computed by Prometheus, or by Thanos/Mimir where they distribute the work: per
   * workload container, pods joined to their workloads on the server. The subquery evaluates {@link
   * #usage} at the same step-aligned instants a range query over the window does.
   */
  public PromQuery usageQuantile(Metric metric, double quantile, Duration window, Duration step) {
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("a quantile is between 0 and 1, was " + quantile);
    }
    String inner =
        "(" + join.perWorkload("max", perPod(metric, step)) + ")" + PromQl.subquery(window, step);
    String promql =
        quantile == 1
            ? "max_over_time(" + inner + ")"
            : "quantile_over_time(" + quantile + ", " + inner + ")";
    return new PromQuery(
        name(metric) + " p" + String.format(Locale.ROOT, "%.4g", quantile * 100), promql);
  }

  /** Server-side mode: the number of OOM kills of each workload container within the window. */
  public PromQuery oomKillCount(Duration window, Duration step) {
    return new PromQuery(
        "OOM kill count",
        "sum_over_time(("
            + join.perWorkload("sum", oomPerPod(step))
            + ")"
            + PromQl.subquery(window, step)
            + ")");
  }

  /** The windows of the usage samples: the step, but never shorter than what holds two scrapes. */
  public static Duration sampleWindow(Duration step, Duration minWindow) {
    return step.compareTo(minWindow) >= 0 ? step : minWindow;
  }

  private String cadvisorFilter() {
    return "{" + labels.container() + "!=\"\", " + labels.container() + "!=\"POD\"}";
  }

  private String dcgmFilter() {
    return "{" + labels.gpuPod() + "!=\"\"}";
  }

  /**
   * cAdvisor's series with its labels renamed to {@code pod} and {@code container} where they
   * differ.
   */
  private String cadvisor(String expr) {
    return PromQl.copyLabel(
        PromQl.copyLabel(expr, labels.pod(), "pod"), labels.container(), "container");
  }

  /**
   * DCGM exporter's series with its Kubernetes labels renamed to {@code namespace}, {@code pod},
   * {@code container}.
   */
  private String dcgm(String expr) {
    String renamed = PromQl.copyLabel(expr, labels.gpuNamespace(), "namespace");
    return PromQl.copyLabel(
        PromQl.copyLabel(renamed, labels.gpuPod(), "pod"), labels.gpuContainer(), "container");
  }

  static String name(Metric metric) {
    return switch (metric) {
      case CPU_CORES -> "CPU usage";
      case MEMORY_BYTES -> "memory peaks";
      case GPU_UTILIZATION -> "GPU utilization";
      case GPU_ENGINE_ACTIVE -> "GPU engine activity";
      case GPU_MEMORY_BYTES -> "GPU memory peaks";
    };
  }
}
