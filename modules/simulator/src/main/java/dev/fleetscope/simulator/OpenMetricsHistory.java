package dev.fleetscope.simulator;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes the demo fleet's recorded history as OpenMetrics text with timestamps, the input of {@code
 * promtool tsdb create-blocks-from openmetrics}: a real Prometheus then holds the same 14 days the
 * simulator has. Memory is written as each step's peak and CPU as a cumulative counter, as the
 * exporters report.
 */
public final class OpenMetricsHistory {
  /** How much of the history the model servers' metrics cover by default. */
  public static final Duration SERVING_SPAN = Duration.ofHours(6);

  private final Simulator simulator;
  private final Predicate<WorkloadRef> include;
  private final int stepMinutes;
  private final Duration servingSpan;

  /**
   * @param include the workloads to write (a whole fleet is ~60 M samples; tests pick a few)
   * @param step a whole number of minutes between samples
   */
  public OpenMetricsHistory(Simulator simulator, Predicate<WorkloadRef> include, Duration step) {
    this(simulator, include, step, SERVING_SPAN);
  }

  /**
   * @param servingSpan the end of the history the model servers' metrics cover: their histograms
   *     are many series each, so a fortnight of them is rarely wanted
   */
  public OpenMetricsHistory(
      Simulator simulator, Predicate<WorkloadRef> include, Duration step, Duration servingSpan) {
    if (step.toMinutes() < 1 || step.toSeconds() % 60 != 0) {
      throw new IllegalArgumentException("the step must be a whole number of minutes, was " + step);
    }
    if (!simulator.historyReady()) {
      simulator.buildHistory();
    }
    this.simulator = simulator;
    this.include = include;
    this.stepMinutes = (int) step.toMinutes();
    this.servingSpan = servingSpan;
  }

  private record PodContainer(
      SimCluster cluster,
      SimWorkload workload,
      SimPod pod,
      SimContainer container,
      Map<Metric, Series> history) {
    String labels() {
      return "cluster=\""
          + cluster.name()
          + "\",namespace=\""
          + workload.ref().namespace()
          + "\",pod=\""
          + pod.name()
          + "\",container=\""
          + container.spec().name()
          + "\",node=\""
          + pod.node()
          + "\"";
    }
  }

  public void write(Writer out) throws IOException {
    List<PodContainer> selected = selected();
    try {
      family(out, "container_cpu_usage_seconds", "counter", selected, this::cpuSeconds);
      family(
          out,
          "container_memory_working_set_bytes",
          "gauge",
          selected,
          (pc, sink) -> peaks(pc, Metric.MEMORY_BYTES, 1, sink));
      for (boolean sidecars : new boolean[] {false, true}) {
        // kube-state-metrics reports native sidecars (init containers) under their own names
        String prefix =
            sidecars ? "kube_pod_init_container_resource_" : "kube_pod_container_resource_";
        family(
            out,
            prefix + "requests",
            "gauge",
            selected,
            (pc, sink) -> {
              resources(pc, pc.container().spec().requests(), sidecars, sink);
              if (!sidecars && !ExporterLabels.sidecar(pc.container())) {
                gpuRequests(pc, sink);
              }
            });
        family(
            out,
            prefix + "limits",
            "gauge",
            selected,
            (pc, sink) -> resources(pc, pc.container().spec().limits(), sidecars, sink));
      }
      // kube-scheduler's view of each pod (its /metrics/resources endpoint): pod-level
      // resources show here and nowhere in kube-state-metrics
      family(
          out,
          "kube_pod_resource_request",
          "gauge",
          selected,
          (pc, sink) -> scheduled(pc, true, sink));
      family(
          out,
          "kube_pod_resource_limit",
          "gauge",
          selected,
          (pc, sink) -> scheduled(pc, false, sink));
      family(out, "kube_pod_owner", "gauge", selected, this::owner);
      family(
          out,
          "kube_replicaset_owner",
          "gauge",
          selected,
          (pc, sink) -> ownerOfOwner(pc, "ReplicaSet", "replicaset", sink));
      family(
          out,
          "kube_job_owner",
          "gauge",
          selected,
          (pc, sink) -> ownerOfOwner(pc, "Job", "job_name", sink));
      family(out, "kube_pod_info", "gauge", selected, this::podInfo);
      family(
          out,
          "kube_pod_status_phase",
          "gauge",
          selected,
          (pc, sink) -> podGauge(pc, ",phase=\"Running\"", sink));
      family(out, "container_oom_events", "counter", selected, this::oomEvents);
      // kube-state-metrics reports every container here, requests or not: for a pod-level pod's
      // containers, which ask nothing themselves, the only series that names them
      family(out, "kube_pod_container_status_restarts", "counter", selected, this::restarts);
      family(
          out,
          "kube_pod_container_status_last_terminated_reason",
          "gauge",
          selected,
          (pc, sink) -> afterFirstOom(pc, ",reason=\"OOMKilled\"", kill -> 1, sink));
      family(
          out,
          "kube_pod_container_status_last_terminated_exitcode",
          "gauge",
          selected,
          (pc, sink) -> afterFirstOom(pc, "", kill -> 137, sink));
      family(
          out,
          "kube_pod_container_status_last_terminated_timestamp",
          "gauge",
          selected,
          (pc, sink) -> afterFirstOom(pc, "", kill -> kill, sink));
      family(
          out,
          "DCGM_FI_DEV_GPU_UTIL",
          "gauge",
          selected,
          (pc, sink) -> gpu(pc, Metric.GPU_UTILIZATION, 100, sink));
      family(
          out,
          "DCGM_FI_DEV_FB_USED",
          "gauge",
          selected,
          (pc, sink) -> gpu(pc, Metric.GPU_MEMORY_BYTES, 1.0 / (1 << 20), sink));
      family(
          out,
          "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
          "gauge",
          selected,
          (pc, sink) -> gpu(pc, Metric.GPU_ENGINE_ACTIVE, 1, sink));
      servingHistory(selected).write(out);
      out.write("# EOF\n");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The selected model servers over the last {@code servingSpan} of the recorded history. */
  private ServingHistory servingHistory(List<PodContainer> selected) {
    List<DemoServer> servers =
        DemoServers.of(simulator.fleet()).stream()
            .filter(s -> include.test(s.workload().ref()))
            .toList();
    long until =
        selected.isEmpty()
            ? 0
            : selected
                    .getFirst()
                    .history()
                    .get(Metric.CPU_CORES)
                    .epochSecondAt(selected.getFirst().history().get(Metric.CPU_CORES).size())
                / 60;
    long span = Math.max(stepMinutes, servingSpan.toMinutes() / stepMinutes * stepMinutes);
    return new ServingHistory(servers, until - span, until, stepMinutes);
  }

  private List<PodContainer> selected() {
    List<PodContainer> selected = new ArrayList<>();
    for (SimCluster c : simulator.fleet().clusters()) {
      for (SimWorkload w : c.workloads()) {
        if (!include.test(w.ref())) {
          continue;
        }
        for (SimContainer container : w.containers()) {
          Map<Metric, Series> history = simulator.track(container).usage(Map.of()).history();
          w.pods().forEach(pod -> selected.add(new PodContainer(c, w, pod, container, history)));
        }
      }
    }
    return selected;
  }

  /** Receives one sample: the labels inside the braces, the value, the time in epoch seconds. */
  private interface Sink {
    void sample(String suffix, String labels, double value, long epochSecond);
  }

  private interface Samples {
    void write(PodContainer pc, Sink sink);
  }

  /**
   * Writes one metric family; its TYPE line only if it has samples (an empty family helps nobody).
   */
  private static void family(
      Writer out, String name, String type, List<PodContainer> selected, Samples samples) {
    StringBuilder line = new StringBuilder(160);
    boolean[] typed = {false};
    for (PodContainer pc : selected) {
      samples.write(
          pc,
          (suffix, labels, value, second) -> {
            line.setLength(0);
            if (!typed[0]) {
              line.append("# TYPE ").append(name).append(' ').append(type).append('\n');
              typed[0] = true;
            }
            line.append(name)
                .append(suffix)
                .append('{')
                .append(labels)
                .append("} ")
                .append(value)
                .append(' ')
                .append(second)
                .append('\n'); // shortest exact form: counters keep every digit
            try {
              out.append(line);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  /** Cumulative CPU seconds at the end of each step in which the container ran. */
  private void cpuSeconds(PodContainer pc, Sink sink) {
    Series cpu = pc.history().get(Metric.CPU_CORES);
    double total = 0;
    boolean ranInStep = false;
    for (int i = 0; i < cpu.size(); i++) {
      double cores = cpu.get(i);
      if (!Double.isNaN(cores)) {
        total += cores * 60;
        ranInStep = true;
      }
      if ((i + 1) % stepMinutes == 0 && ranInStep) {
        sink.sample("_total", pc.labels(), total, cpu.epochSecondAt(i + 1));
        ranInStep = false;
      }
    }
  }

  /** The peak of each step, scaled (e.g. to MiB or percent as the exporter reports it). */
  private void peaks(PodContainer pc, Metric metric, double scale, Sink sink) {
    Series series = pc.history().get(metric);
    double peak = Double.NaN;
    for (int i = 0; i < series.size(); i++) {
      double v = series.get(i);
      if (v > peak || (Double.isNaN(peak) && !Double.isNaN(v))) {
        peak = v;
      }
      if ((i + 1) % stepMinutes == 0) {
        if (!Double.isNaN(peak)) {
          sink.sample("", pc.labels(), peak * scale, series.epochSecondAt(i + 1));
        }
        peak = Double.NaN;
      }
    }
  }

  private void gpu(PodContainer pc, Metric metric, double scale, Sink sink) {
    if (!pc.container().usesGpu()) {
      return;
    }
    int devices =
        pc.container().spec().gpu() instanceof GpuAllocation.Whole whole ? whole.count() : 1;
    String profile =
        pc.container().spec().gpu() instanceof GpuAllocation.Mig mig ? mig.profile().name() : "";
    double perDevice = metric == Metric.GPU_MEMORY_BYTES ? scale / devices : scale;
    for (int gpu = 0; gpu < devices; gpu++) {
      String labels =
          pc.labels()
              + ",Hostname=\""
              + pc.pod().node()
              + "\",gpu=\""
              + gpu
              + "\",UUID=\""
              + ExporterLabels.gpuUuid(pc.pod().node(), gpu)
              + "\",GPU_I_PROFILE=\""
              + profile
              + "\"";
      peaks(
          pc,
          metric,
          perDevice,
          (suffix, ignored, value, second) -> sink.sample(suffix, labels, value, second));
    }
  }

  /**
   * A constant series for every step in which the container ran, as kube-state-metrics reports a
   * live pod.
   */
  private void constant(PodContainer pc, String labels, double value, Sink sink) {
    peaks(
        pc,
        Metric.CPU_CORES,
        0,
        (suffix, ignored, zero, second) -> sink.sample("", labels, value, second));
  }

  private String podLabels(PodContainer pc) {
    return "cluster=\""
        + pc.cluster().name()
        + "\",namespace=\""
        + pc.workload().ref().namespace()
        + "\",pod=\""
        + pc.pod().name()
        + "\"";
  }

  /** A pod-level gauge of 1 while the pod runs; written once per pod (for its first container). */
  private void podGauge(PodContainer pc, String extraLabels, Sink sink) {
    if (pc.container() == pc.workload().primary()) {
      constant(pc, podLabels(pc) + extraLabels, 1, sink);
    }
  }

  /** The pod's requests or limits as kube-scheduler reports them, once a pod. */
  private void scheduled(PodContainer pc, boolean requests, Sink sink) {
    if (pc.container() != pc.workload().primary()) {
      return;
    }
    ExporterLabels.Scheduled figures = ExporterLabels.scheduled(pc.workload());
    String labels =
        podLabels(pc) + ",node=\"" + pc.pod().node() + "\",scheduler=\"default-scheduler\"";
    if (!Double.isNaN(figures.cpu(requests))) {
      constant(pc, labels + ",resource=\"cpu\",unit=\"cores\"", figures.cpu(requests), sink);
    }
    if (!Double.isNaN(figures.memory(requests))) {
      constant(pc, labels + ",resource=\"memory\",unit=\"bytes\"", figures.memory(requests), sink);
    }
  }

  private void podInfo(PodContainer pc, Sink sink) {
    String[] owner = ExporterLabels.podOwner(pc.workload(), pc.pod());
    podGauge(
        pc,
        ",node=\""
            + pc.pod().node()
            + "\",created_by_kind=\""
            + owner[0]
            + "\",created_by_name=\""
            + owner[1]
            + "\"",
        sink);
  }

  /** The OOM kills so far, counted at the end of each step in which the container ran. */
  private void oomEvents(PodContainer pc, Sink sink) {
    killsSoFar(pc, pc.labels(), sink);
  }

  /** The restarts so far: each OOM kill restarted the container. */
  private void restarts(PodContainer pc, Sink sink) {
    killsSoFar(pc, podLabels(pc) + ",container=\"" + pc.container().spec().name() + "\"", sink);
  }

  /** A counter of the container's OOM kills before each step, at the steps in which it ran. */
  private void killsSoFar(PodContainer pc, String labels, Sink sink) {
    List<Long> kills =
        simulator.track(pc.container()).oomKills().stream().map(i -> i.getEpochSecond()).toList();
    peaks(
        pc,
        Metric.CPU_CORES,
        0,
        (suffix, ignored, zero, second) ->
            sink.sample("_total", labels, kills.stream().filter(k -> k < second).count(), second));
  }

  /**
   * A termination gauge from the container's first OOM kill on: the value of the latest kill before
   * each step.
   */
  private void afterFirstOom(
      PodContainer pc, String extraLabels, java.util.function.LongUnaryOperator value, Sink sink) {
    List<Long> kills =
        simulator.track(pc.container()).oomKills().stream().map(i -> i.getEpochSecond()).toList();
    String labels =
        podLabels(pc) + ",container=\"" + pc.container().spec().name() + "\"" + extraLabels;
    peaks(
        pc,
        Metric.CPU_CORES,
        0,
        (suffix, ignored, zero, second) ->
            kills.stream()
                .filter(k -> k < second)
                .reduce((a, b) -> b)
                .ifPresent(last -> sink.sample("", labels, value.applyAsLong(last), second)));
  }

  private void resources(PodContainer pc, Resources r, boolean sidecars, Sink sink) {
    if (ExporterLabels.sidecar(pc.container()) != sidecars) {
      return;
    }
    if (r.cpuBounded() && r.cpuCores() > 0) {
      constant(pc, pc.labels() + ",resource=\"cpu\",unit=\"core\"", r.cpuCores(), sink);
    }
    if (r.memoryBounded() && r.memoryBytes() > 0) {
      constant(pc, pc.labels() + ",resource=\"memory\",unit=\"byte\"", r.memoryBytes(), sink);
    }
  }

  /** GPU requests (whole devices or MIG slices) as kube-state-metrics names the resources. */
  private void gpuRequests(PodContainer pc, Sink sink) {
    switch (pc.container().spec().gpu()) {
      case GpuAllocation.Whole whole ->
          constant(
              pc,
              pc.labels() + ",resource=\"nvidia_com_gpu\",unit=\"integer\"",
              whole.count(),
              sink);
      case GpuAllocation.Mig mig ->
          constant(
              pc,
              pc.labels()
                  + ",resource=\"nvidia_com_mig_"
                  + mig.profile().name().replace('.', '_')
                  + "\",unit=\"integer\"",
              mig.count(),
              sink);
      default -> {}
    }
  }

  private void owner(PodContainer pc, Sink sink) {
    if (pc.container() != pc.workload().primary()) {
      return;
    }
    String[] owner = ExporterLabels.podOwner(pc.workload(), pc.pod());
    constant(
        pc,
        podLabels(pc)
            + ",owner_kind=\""
            + owner[0]
            + "\",owner_name=\""
            + owner[1]
            + "\",owner_is_controller=\"true\"",
        1,
        sink);
  }

  private void ownerOfOwner(PodContainer pc, String ownerKind, String label, Sink sink) {
    String[] owner = ExporterLabels.podOwner(pc.workload(), pc.pod());
    boolean firstPodOfOwner =
        pc.workload().pods().stream()
                .filter(p -> ExporterLabels.podOwner(pc.workload(), p)[1].equals(owner[1]))
                .findFirst()
                .orElseThrow()
            == pc.pod();
    if (pc.container() != pc.workload().primary()
        || !ExporterLabels.ownerHasOwner(pc.workload().ref().kind())
        || !owner[0].equals(ownerKind)
        || !firstPodOfOwner) {
      return;
    }
    String kind = ownerKind.equals("ReplicaSet") ? "Deployment" : "CronJob";
    constant(
        pc,
        "cluster=\""
            + pc.cluster().name()
            + "\",namespace=\""
            + pc.workload().ref().namespace()
            + "\","
            + label
            + "=\""
            + owner[1]
            + "\",owner_kind=\""
            + kind
            + "\",owner_name=\""
            + pc.workload().ref().name()
            + "\",owner_is_controller=\"true\"",
        1,
        sink);
  }
}
