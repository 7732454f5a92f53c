package dev.fleetscope.prometheus;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.WorkloadRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Writes a {@link FixtureFleet} as the exporters would have been scraped: cAdvisor (with the
 * pod-level and {@code POD} series a query must filter out), kube-state-metrics and the DCGM
 * exporter, one sample a minute.
 */
final class FixtureWriter {
  private final FixtureFleet fleet;
  private final OpenMetricsFile out = new OpenMetricsFile();

  private FixtureWriter(FixtureFleet fleet) {
    this.fleet = fleet;
  }

  static OpenMetricsFile write(FixtureFleet fleet) {
    FixtureWriter writer = new FixtureWriter(fleet);
    fleet.pods().forEach(writer::pod);
    writer.controllers();
    writer.nodes();
    return writer.out;
  }

  private void pod(FixturePod pod) {
    Map<String, String> podLabels =
        labels(pod.owner(), "namespace", pod.owner().namespace(), "pod", pod.name());
    int first = pod.from() * FixtureFleet.SCRAPES_PER_STEP;
    int last = pod.to() * FixtureFleet.SCRAPES_PER_STEP;
    Map<String, String> ksm =
        with(podLabels, "uid", "uid-" + pod.name(), "job", "kube-state-metrics");
    out.gauge(
        "kube_pod_owner",
        with(
            ksm,
            "owner_kind",
            pod.ownerKind(),
            "owner_name",
            pod.ownerName(),
            "owner_is_controller",
            "true"),
        times(first, last),
        constant(first, last, 1));
    out.gauge(
        "kube_pod_info",
        with(ksm, "node", pod.node(), "host_ip", "10.0.0.1"),
        times(first, last),
        constant(first, last, 1));
    for (String phase : List.of("Pending", "Running", "Succeeded", "Failed", "Unknown")) {
      out.gauge(
          "kube_pod_status_phase",
          with(ksm, "phase", phase),
          times(first, last),
          constant(first, last, phase.equals("Running") ? 1 : 0));
    }
    out.gauge(
        "kube_pod_labels",
        with(
            ksm,
            "label_team",
            "team-" + pod.owner().namespace(),
            "label_model",
            "model-" + pod.owner().name()),
        times(first, last),
        constant(first, last, 1));
    for (FixturePod.Usage usage : pod.containers()) {
      container(pod, usage, podLabels, ksm, first, last);
    }
    // The pod's own cgroup (container "") and its pause container ("POD"): far above any container,
    // to be filtered out.
    for (String noise : List.of("", "POD")) {
      Map<String, String> other =
          with(
              podLabels,
              "container",
              noise,
              "id",
              "/kubepods/" + pod.name() + noise,
              "job",
              "kubelet");
      out.counter(
          "container_cpu_usage_seconds_total",
          other,
          times(first, last),
          series(first, last, j -> 1e6 + 100.0 * 60 * j));
      out.gauge(
          "container_memory_working_set_bytes",
          other,
          times(first, last),
          constant(first, last, 100L << 30));
    }
  }

  private void container(
      FixturePod pod,
      FixturePod.Usage usage,
      Map<String, String> podLabels,
      Map<String, String> ksm,
      int first,
      int last) {
    Map<String, String> cadvisor =
        with(
            podLabels,
            "container",
            usage.name(),
            "id",
            "/kubepods/" + pod.name() + "/" + usage.name(),
            "image",
            "registry/" + usage.name() + ":1",
            "job",
            "kubelet");
    double scale = pod.scale();
    double[] cpu = new double[last - first];
    double counter = 1e6;
    for (int j = first; j < last; j++) {
      counter += usage.value(Metric.CPU_CORES, j / FixtureFleet.SCRAPES_PER_STEP) * scale * 60;
      cpu[j - first] = counter;
    }
    out.counter("container_cpu_usage_seconds_total", cadvisor, times(first, last), cpu);
    out.gauge(
        "container_memory_working_set_bytes",
        cadvisor,
        times(first, last),
        peaks(first, last, usage, Metric.MEMORY_BYTES, scale));
    out.counter(
        "container_oom_events_total",
        cadvisor,
        times(first, last),
        stepCounter(first, last, usage.oomByCadvisor().orElse(-1)));
    if (usage.hasCpuLimit()) {
      out.counter(
          "container_cpu_cfs_periods_total",
          cadvisor,
          times(first, last),
          series(first, last, j -> 600.0 * j));
      out.counter(
          "container_cpu_cfs_throttled_periods_total",
          cadvisor,
          times(first, last),
          series(first, last, j -> 600.0 * usage.throttled() * j));
    }
    if (usage.gpu()) {
      Map<String, String> dcgm =
          with(
              podLabels,
              "container",
              usage.name(),
              "gpu",
              "0",
              "UUID",
              "GPU-" + pod.name(),
              "modelName",
              "NVIDIA A100-SXM4-40GB",
              "Hostname",
              pod.node(),
              "job",
              "dcgm-exporter");
      out.gauge(
          "DCGM_FI_DEV_GPU_UTIL",
          dcgm,
          times(first, last),
          series(first, last, j -> usage.gpuPercent(j / 5) * scale));
      out.gauge(
          "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
          dcgm,
          times(first, last),
          series(first, last, j -> usage.value(Metric.GPU_ENGINE_ACTIVE, j / 5) * scale));
      out.gauge(
          "DCGM_FI_DEV_FB_USED",
          dcgm,
          times(first, last),
          series(
              first,
              last,
              j ->
                  usage.framebufferMib(j / 5)
                      * scale
                      * (j % 5 == usage.peakMinute(j / 5) ? 1 : 0.9)));
    }
    Map<String, String> kc = with(ksm, "container", usage.name());
    requestsAndLimits(usage, kc, first, last);
    int oomStep = usage.oomByKubeStateMetrics().orElse(-1);
    out.counter(
        "kube_pod_container_status_restarts_total",
        kc,
        times(first, last),
        stepCounter(first, last, oomStep));
    if (oomStep >= 0) {
      int from = oomStep * FixtureFleet.SCRAPES_PER_STEP + 2;
      long killedAt = fleet.scrapeTime(oomStep, 2) - 30;
      out.gauge(
          "kube_pod_container_status_last_terminated_reason",
          with(kc, "reason", "OOMKilled"),
          times(from, last),
          constant(from, last, 1));
      out.gauge(
          "kube_pod_container_status_last_terminated_exitcode",
          kc,
          times(from, last),
          constant(from, last, 137));
      out.gauge(
          "kube_pod_container_status_last_terminated_timestamp",
          kc,
          times(from, last),
          constant(from, last, killedAt));
    }
  }

  private void requestsAndLimits(
      FixturePod.Usage usage, Map<String, String> kc, int first, int last) {
    out.gauge(
        "kube_pod_container_resource_requests",
        with(kc, "resource", "cpu", "unit", "core"),
        times(first, last),
        constant(first, last, usage.cpuBase()));
    out.gauge(
        "kube_pod_container_resource_requests",
        with(kc, "resource", "memory", "unit", "byte"),
        times(first, last),
        constant(first, last, usage.memoryBase()));
    out.gauge(
        "kube_pod_container_resource_limits",
        with(kc, "resource", "memory", "unit", "byte"),
        times(first, last),
        constant(first, last, 2 * usage.memoryBase()));
    if (usage.hasCpuLimit()) {
      out.gauge(
          "kube_pod_container_resource_limits",
          with(kc, "resource", "cpu", "unit", "core"),
          times(first, last),
          constant(first, last, 2 * usage.cpuBase()));
    }
    if (usage.gpu()) {
      out.gauge(
          "kube_pod_container_resource_requests",
          with(kc, "resource", "nvidia_com_gpu", "unit", "integer"),
          times(first, last),
          constant(first, last, 1));
    }
  }

  /** ReplicaSet and Job owners, desired replicas and the autoscaler, for the whole history. */
  private void controllers() {
    int all = fleet.steps() * FixtureFleet.SCRAPES_PER_STEP;
    List<String> written = new ArrayList<>();
    for (FixturePod pod : fleet.pods()) {
      WorkloadRef w = pod.owner();
      if (written.contains(pod.ownerName())) {
        continue;
      }
      written.add(pod.ownerName());
      Map<String, String> ksm = labels(w, "namespace", w.namespace(), "job", "kube-state-metrics");
      switch (pod.ownerKind()) {
        case "ReplicaSet" -> {
          out.gauge(
              "kube_replicaset_owner",
              with(
                  ksm,
                  "replicaset",
                  pod.ownerName(),
                  "owner_kind",
                  "Deployment",
                  "owner_name",
                  w.name(),
                  "owner_is_controller",
                  "true"),
              times(0, all),
              constant(0, all, 1));
          if (!written.contains(w.name())) {
            written.add(w.name());
            long replicas =
                fleet.pods().stream()
                    .filter(p -> p.owner().equals(w) && p.to() == fleet.steps())
                    .count();
            out.gauge(
                "kube_deployment_spec_replicas",
                with(ksm, "deployment", w.name()),
                times(0, all),
                constant(0, all, replicas));
          }
        }
        case "Job" ->
            out.gauge(
                "kube_job_owner",
                with(
                    ksm,
                    "job_name",
                    pod.ownerName(),
                    "owner_kind",
                    "CronJob",
                    "owner_name",
                    w.name(),
                    "owner_is_controller",
                    "true"),
                times(0, all),
                constant(0, all, 1));
        case "StatefulSet" ->
            out.gauge(
                "kube_statefulset_replicas",
                with(ksm, "statefulset", w.name()),
                times(0, all),
                constant(0, all, 1));
        default ->
            out.gauge(
                "kube_daemonset_status_desired_number_scheduled",
                with(ksm, "daemonset", w.name()),
                times(0, all),
                constant(0, all, 1));
      }
    }
    Map<String, String> hpa =
        Map.of(
            "cluster",
            "c1",
            "namespace",
            "ml",
            "horizontalpodautoscaler",
            "inference",
            "job",
            "kube-state-metrics");
    out.gauge(
        "kube_horizontalpodautoscaler_info",
        with(hpa, "scaletargetref_kind", "Deployment", "scaletargetref_name", "inference"),
        times(0, all),
        constant(0, all, 1));
    out.gauge(
        "kube_horizontalpodautoscaler_spec_min_replicas", hpa, times(0, all), constant(0, all, 2));
    out.gauge(
        "kube_horizontalpodautoscaler_spec_max_replicas", hpa, times(0, all), constant(0, all, 6));
    out.gauge(
        "kube_horizontalpodautoscaler_spec_target_metric",
        with(hpa, "metric_name", "cpu", "metric_target_type", "utilization"),
        times(0, all),
        constant(0, all, 70));
  }

  private void nodes() {
    int all = fleet.steps() * FixtureFleet.SCRAPES_PER_STEP;
    node("c1", "gpu-node-1", "aws:///us-east-1a/i-0abc", 96, 1024L << 30, 8, all);
    node("c2", "web-node-1", "gce://fleet/europe-west4-b/web-node-1", 16, 64L << 30, 0, all);
  }

  private void node(
      String cluster, String name, String providerId, double cpu, long memory, int gpus, int all) {
    Map<String, String> n = Map.of("cluster", cluster, "node", name, "job", "kube-state-metrics");
    out.gauge(
        "kube_node_info",
        with(n, "provider_id", providerId, "kubelet_version", "v1.31.0"),
        times(0, all),
        constant(0, all, 1));
    for (String metric : List.of("kube_node_status_capacity", "kube_node_status_allocatable")) {
      double share = metric.endsWith("capacity") ? 1 : 0.9;
      out.gauge(
          metric,
          with(n, "resource", "cpu", "unit", "core"),
          times(0, all),
          constant(0, all, cpu * share));
      out.gauge(
          metric,
          with(n, "resource", "memory", "unit", "byte"),
          times(0, all),
          constant(0, all, Math.rint(memory * share)));
      if (gpus > 0) {
        out.gauge(
            metric,
            with(n, "resource", "nvidia_com_gpu", "unit", "integer"),
            times(0, all),
            constant(0, all, gpus));
      }
    }
  }

  /**
   * Scrape times of minutes {@code first .. last - 1}, counted from the fleet's start (minute j is
   * at start + 60 (j + 1)).
   */
  private long[] times(int first, int last) {
    long[] t = new long[last - first];
    for (int j = first; j < last; j++) {
      t[j - first] = fleet.start().getEpochSecond() + 60L * (j + 1);
    }
    return t;
  }

  private static double[] series(int first, int last, IntToDoubleFunction value) {
    double[] v = new double[last - first];
    for (int j = first; j < last; j++) {
      v[j - first] = value.applyAsDouble(j);
    }
    return v;
  }

  private static double[] constant(int first, int last, double value) {
    return series(first, last, j -> value);
  }

  /**
   * A gauge peaking once per step at the container's peak minute; the other minutes read 90% of the
   * peak.
   */
  private static double[] peaks(
      int first, int last, FixturePod.Usage usage, Metric metric, double scale) {
    return series(
        first,
        last,
        j -> {
          int k = j / FixtureFleet.SCRAPES_PER_STEP;
          double peak = usage.value(metric, k) * scale;
          return j % FixtureFleet.SCRAPES_PER_STEP == usage.peakMinute(k)
              ? peak
              : Math.rint(peak * 0.9);
        });
  }

  /**
   * A counter that steps from 0 to 1 at the third minute of step {@code step} (never when step is
   * -1).
   */
  private static double[] stepCounter(int first, int last, int step) {
    return series(
        first, last, j -> step >= 0 && j >= step * FixtureFleet.SCRAPES_PER_STEP + 2 ? 1 : 0);
  }

  private static Map<String, String> labels(WorkloadRef workload, String... pairs) {
    return with(Map.of("cluster", workload.cluster()), pairs);
  }

  private static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> out = new LinkedHashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
