package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Resources;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.Map;

/**
 * Serves the demo fleet on a loopback port as cAdvisor, kube-state-metrics and the DCGM exporter
 * would, and its model servers as vLLM, Triton, TGI and OpenTelemetry do ({@link
 * ServingExposition}), with their metric and label names (plus a {@code cluster} label, as a
 * federated Prometheus has), so a real Prometheus can scrape it. Values are computed at scrape time
 * from the simulator's clock.
 */
public final class PrometheusExposition implements AutoCloseable {
  private static final String[] CONTAINER = {"cluster", "namespace", "pod", "container", "node"};
  private static final String[] RESOURCE = {
    "cluster", "namespace", "pod", "container", "node", "resource", "unit"
  };
  private static final String[] DCGM = {
    "cluster",
    "namespace",
    "pod",
    "container",
    "Hostname",
    "gpu",
    "UUID",
    "modelName",
    "GPU_I_PROFILE"
  };

  private final Simulator simulator;
  private final HTTPServer server;

  private PrometheusExposition(Simulator simulator, HTTPServer server) {
    this.simulator = simulator;
    this.server = server;
  }

  /**
   * Starts serving {@code /metrics} on {@code host:port} (port 0 picks a free one), recording the
   * simulator's history first if it is not yet, so counters start from 14 days of use.
   */
  public static PrometheusExposition start(Simulator simulator, String host, int port)
      throws IOException {
    if (!simulator.historyReady()) {
      simulator.buildHistory();
    }
    PrometheusRegistry registry = new PrometheusRegistry();
    new FleetMetrics(simulator).register(registry);
    registry.register(new ServingExposition(simulator));
    HTTPServer server =
        HTTPServer.builder().hostname(host).port(port).registry(registry).buildAndStart();
    return new PrometheusExposition(simulator, server);
  }

  public int port() {
    return server.getPort();
  }

  public Simulator simulator() {
    return simulator;
  }

  @Override
  public void close() {
    server.close();
  }

  /** The metric families, each a callback over the fleet at scrape time. */
  private record FleetMetrics(Simulator simulator) {
    interface PodContainerVisitor {
      void visit(
          SimCluster cluster,
          SimWorkload workload,
          SimPod pod,
          SimContainer container,
          UsagePoint now);
    }

    /**
     * Visits every container of every pod that runs now (cAdvisor has no series for a finished
     * pod).
     */
    void eachRunning(PodContainerVisitor visitor) {
      synchronized (simulator) {
        simulator.advance();
        long minute = Math.floorDiv(simulator.clock().instant().getEpochSecond(), 60);
        UsagePoint point = new UsagePoint();
        for (SimCluster c : simulator.fleet().clusters()) {
          for (SimWorkload w : c.workloads()) {
            for (SimContainer container : w.containers()) {
              container.usage(minute, point);
              if (point.running) {
                for (SimPod pod : w.pods()) {
                  visitor.visit(c, w, pod, container, point);
                }
              }
            }
          }
        }
      }
    }

    void register(PrometheusRegistry registry) {
      registerCadvisor(registry);
      registerPodState(registry);
      registerNodes(registry);
      registerAutoscalers(registry);
      registerDcgm(registry);
    }

    private void registerCadvisor(PrometheusRegistry registry) {
      CounterWithCallback.builder()
          .name("container_cpu_usage_seconds_total")
          .help("Cumulative cpu time consumed in seconds.")
          .labelNames(CONTAINER)
          .callback(cb -> eachCounter((labels, counters) -> cb.call(counters.cpuSeconds(), labels)))
          .register(registry);
      CounterWithCallback.builder()
          .name("container_cpu_cfs_periods_total")
          .help("Number of elapsed enforcement period intervals.")
          .labelNames(CONTAINER)
          .callback(cb -> eachCounter((labels, counters) -> cb.call(counters.cfsPeriods(), labels)))
          .register(registry);
      CounterWithCallback.builder()
          .name("container_cpu_cfs_throttled_periods_total")
          .help("Number of throttled period intervals.")
          .labelNames(CONTAINER)
          .callback(
              cb ->
                  eachCounter(
                      (labels, counters) -> cb.call(counters.cfsThrottledPeriods(), labels)))
          .register(registry);
      CounterWithCallback.builder()
          .name("container_oom_events_total")
          .help("Count of out of memory events observed for the container.")
          .labelNames(CONTAINER)
          .callback(cb -> eachCounter((labels, counters) -> cb.call(counters.oomEvents(), labels)))
          .register(registry);
      GaugeWithCallback.builder()
          .name("container_memory_working_set_bytes")
          .help("Current working set in bytes.")
          .labelNames(CONTAINER)
          .callback(
              cb ->
                  eachRunning(
                      (c, w, pod, container, point) -> {
                        long second = simulator.clock().instant().getEpochSecond();
                        double memory =
                            Simulator.reading(container, second / 60, second, new UsagePoint())
                                .get(Metric.MEMORY_BYTES);
                        cb.call(memory, containerLabels(c, w, pod, container));
                      }))
          .register(registry);
    }

    interface CounterVisitor {
      void visit(String[] labels, ContainerTrack.Counters counters);
    }

    private void eachCounter(CounterVisitor visitor) {
      UsagePoint scratch = new UsagePoint();
      eachRunning(
          (c, w, pod, container, point) ->
              visitor.visit(
                  containerLabels(c, w, pod, container),
                  simulator
                      .track(container)
                      .countersAt(simulator.clock().instant().getEpochSecond(), scratch)));
    }

    private static String[] containerLabels(
        SimCluster c, SimWorkload w, SimPod pod, SimContainer container) {
      return new String[] {
        c.name(), w.ref().namespace(), pod.name(), container.spec().name(), pod.node()
      };
    }

    private void registerPodState(PrometheusRegistry registry) {
      for (boolean sidecars : new boolean[] {false, true}) {
        // kube-state-metrics reports native sidecars (init containers) under their own names
        String prefix =
            sidecars ? "kube_pod_init_container_resource_" : "kube_pod_container_resource_";
        String who = sidecars ? "an init container." : "a container.";
        for (boolean requests : new boolean[] {true, false}) {
          GaugeWithCallback.builder()
              .name(prefix + (requests ? "requests" : "limits"))
              .help("The number of requested " + (requests ? "" : "limit ") + "resource by " + who)
              .labelNames(RESOURCE)
              .callback(
                  cb ->
                      eachRunning(
                          (c, w, pod, container, point) -> {
                            if (ExporterLabels.sidecar(container) == sidecars) {
                              ContainerSpec spec = container.spec();
                              resources(
                                  requests ? spec.requests() : spec.limits(),
                                  c,
                                  w,
                                  pod,
                                  container,
                                  cb);
                            }
                          }))
              .register(registry);
        }
      }
      GaugeWithCallback.builder()
          .name("kube_pod_owner")
          .help("Information about the Pod's owner.")
          .labelNames(
              "cluster", "namespace", "pod", "owner_kind", "owner_name", "owner_is_controller")
          .callback(
              cb ->
                  eachPod(
                      (c, w, pod) -> {
                        String[] owner = ExporterLabels.podOwner(w, pod);
                        cb.call(
                            1,
                            c.name(),
                            w.ref().namespace(),
                            pod.name(),
                            owner[0],
                            owner[1],
                            "true");
                      }))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_replicaset_owner")
          .help("Information about the ReplicaSet's owner.")
          .labelNames(
              "cluster",
              "namespace",
              "replicaset",
              "owner_kind",
              "owner_name",
              "owner_is_controller")
          .callback(
              cb ->
                  eachOwnedOwner(
                      "ReplicaSet",
                      (c, w, owner) ->
                          cb.call(
                              1,
                              c.name(),
                              w.ref().namespace(),
                              owner,
                              "Deployment",
                              w.ref().name(),
                              "true")))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_job_owner")
          .help("Information about the Job's owner.")
          .labelNames(
              "cluster", "namespace", "job_name", "owner_kind", "owner_name", "owner_is_controller")
          .callback(
              cb ->
                  eachOwnedOwner(
                      "Job",
                      (c, w, owner) ->
                          cb.call(
                              1,
                              c.name(),
                              w.ref().namespace(),
                              owner,
                              "CronJob",
                              w.ref().name(),
                              "true")))
          .register(registry);
      for (boolean requests : new boolean[] {true, false}) {
        // kube-scheduler's /metrics/resources: pod-level resources show here and nowhere in
        // kube-state-metrics
        GaugeWithCallback.builder()
            .name(requests ? "kube_pod_resource_request" : "kube_pod_resource_limit")
            .help(
                "Resources "
                    + (requests ? "requested" : "limited")
                    + " by workloads on the cluster, broken down by pod.")
            .labelNames("cluster", "namespace", "pod", "node", "scheduler", "resource", "unit")
            .callback(
                cb ->
                    eachPod(
                        (c, w, pod) -> {
                          ExporterLabels.Scheduled figures = ExporterLabels.scheduled(w);
                          String ns = w.ref().namespace();
                          String scheduler = "default-scheduler";
                          double cpu = figures.cpu(requests);
                          double memory = figures.memory(requests);
                          if (!Double.isNaN(cpu)) {
                            cb.call(
                                cpu,
                                c.name(),
                                ns,
                                pod.name(),
                                pod.node(),
                                scheduler,
                                "cpu",
                                "cores");
                          }
                          if (!Double.isNaN(memory)) {
                            cb.call(
                                memory,
                                c.name(),
                                ns,
                                pod.name(),
                                pod.node(),
                                scheduler,
                                "memory",
                                "bytes");
                          }
                        }))
            .register(registry);
      }
      GaugeWithCallback.builder()
          .name("kube_pod_info")
          .help("Information about pod.")
          .labelNames("cluster", "namespace", "pod", "node", "created_by_kind", "created_by_name")
          .callback(
              cb ->
                  eachPod(
                      (c, w, pod) -> {
                        String[] owner = ExporterLabels.podOwner(w, pod);
                        cb.call(
                            1,
                            c.name(),
                            w.ref().namespace(),
                            pod.name(),
                            pod.node(),
                            owner[0],
                            owner[1]);
                      }))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_pod_status_phase")
          .help("The pods current phase.")
          .labelNames("cluster", "namespace", "pod", "phase")
          .callback(
              cb ->
                  eachPod(
                      (c, w, pod) ->
                          cb.call(1, c.name(), w.ref().namespace(), pod.name(), "Running")))
          .register(registry);
      registerDesiredReplicas(registry);
      GaugeWithCallback.builder()
          .name("kube_pod_labels")
          .help("Kubernetes labels converted to Prometheus labels.")
          .labelNames(
              "cluster",
              "namespace",
              "pod",
              "label_team",
              "label_model",
              "label_app_kubernetes_io_name")
          .callback(
              cb ->
                  eachPod(
                      (c, w, pod) ->
                          cb.call(
                              1,
                              c.name(),
                              w.ref().namespace(),
                              pod.name(),
                              w.team(),
                              w.model().orElse(""),
                              w.ref().name())))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_pod_container_status_last_terminated_reason")
          .help("Describes the last reason the container was in terminated state.")
          .labelNames("cluster", "namespace", "pod", "container", "reason")
          .callback(
              cb ->
                  eachRunning(
                      (c, w, pod, container, point) -> {
                        if (!simulator.track(container).oomKills().isEmpty()) {
                          cb.call(
                              1,
                              c.name(),
                              w.ref().namespace(),
                              pod.name(),
                              container.spec().name(),
                              "OOMKilled");
                        }
                      }))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_pod_container_status_last_terminated_exitcode")
          .help("Describes the exit code for the last container in terminated state.")
          .labelNames("cluster", "namespace", "pod", "container")
          .callback(
              cb ->
                  eachRunning(
                      (c, w, pod, container, point) -> {
                        if (!simulator.track(container).oomKills().isEmpty()) {
                          cb.call(
                              137,
                              c.name(),
                              w.ref().namespace(),
                              pod.name(),
                              container.spec().name());
                        }
                      }))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_pod_container_status_last_terminated_timestamp")
          .help("Last terminated time for a pod container in unix timestamp.")
          .labelNames("cluster", "namespace", "pod", "container")
          .callback(
              cb ->
                  eachRunning(
                      (c, w, pod, container, point) -> {
                        var kills = simulator.track(container).oomKills();
                        if (!kills.isEmpty()) {
                          cb.call(
                              kills.getLast().getEpochSecond(),
                              c.name(),
                              w.ref().namespace(),
                              pod.name(),
                              container.spec().name());
                        }
                      }))
          .register(registry);
      CounterWithCallback.builder()
          .name("kube_pod_container_status_restarts_total")
          .help("The number of container restarts per container.")
          .labelNames("cluster", "namespace", "pod", "container")
          .callback(
              cb ->
                  eachRunning(
                      (c, w, pod, container, point) ->
                          cb.call(
                              simulator.track(container).oomKills().size(),
                              c.name(),
                              w.ref().namespace(),
                              pod.name(),
                              container.spec().name())))
          .register(registry);
    }

    /**
     * The desired replica counts of Deployments, StatefulSets and DaemonSets, as kube-state-metrics
     * names them.
     */
    private void registerDesiredReplicas(PrometheusRegistry registry) {
      record Family(
          String metric, String label, dev.fleetscope.model.WorkloadKind kind, String help) {}
      for (Family f :
          java.util.List.of(
              new Family(
                  "kube_deployment_spec_replicas",
                  "deployment",
                  dev.fleetscope.model.WorkloadKind.DEPLOYMENT,
                  "Number of desired pods for a deployment."),
              new Family(
                  "kube_statefulset_replicas",
                  "statefulset",
                  dev.fleetscope.model.WorkloadKind.STATEFUL_SET,
                  "Number of desired pods for a StatefulSet."),
              new Family(
                  "kube_daemonset_status_desired_number_scheduled",
                  "daemonset",
                  dev.fleetscope.model.WorkloadKind.DAEMON_SET,
                  "The number of nodes that should be running the daemon pod."))) {
        GaugeWithCallback.builder()
            .name(f.metric())
            .help(f.help())
            .labelNames("cluster", "namespace", f.label())
            .callback(
                cb -> {
                  for (SimCluster c : simulator.fleet().clusters()) {
                    c.workloads().stream()
                        .filter(w -> w.ref().kind() == f.kind())
                        .forEach(
                            w ->
                                cb.call(
                                    w.pods().size(),
                                    c.name(),
                                    w.ref().namespace(),
                                    w.ref().name()));
                  }
                })
            .register(registry);
      }
    }

    interface PodVisitor {
      void visit(SimCluster c, SimWorkload w, SimPod pod);
    }

    private void eachPod(PodVisitor visitor) {
      eachRunning(
          (c, w, pod, container, point) -> {
            if (container == w.primary()) {
              visitor.visit(c, w, pod);
            }
          });
    }

    interface OwnerVisitor {
      void visit(SimCluster c, SimWorkload w, String ownerName);
    }

    /**
     * Every ReplicaSet or Job that a controller owns, once, whether its pods run now or not:
     * kube-state-metrics reports the objects (a CronJob keeps its finished Jobs), not the
     * processes.
     */
    private void eachOwnedOwner(String ownerKind, OwnerVisitor visitor) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (SimCluster c : simulator.fleet().clusters()) {
        for (SimWorkload w : c.workloads()) {
          for (SimPod pod : w.pods()) {
            String[] owner = ExporterLabels.podOwner(w, pod);
            if (ExporterLabels.ownerHasOwner(w.ref().kind())
                && owner[0].equals(ownerKind)
                && seen.add(c.name() + "/" + w.ref().namespace() + "/" + owner[1])) {
              visitor.visit(c, w, owner[1]);
            }
          }
        }
      }
    }

    private static void resources(
        Resources r,
        SimCluster c,
        SimWorkload w,
        SimPod pod,
        SimContainer container,
        GaugeWithCallback.Callback cb) {
      String ns = w.ref().namespace();
      String name = container.spec().name();
      if (r.cpuBounded() && r.cpuCores() > 0) {
        cb.call(r.cpuCores(), c.name(), ns, pod.name(), name, pod.node(), "cpu", "core");
      }
      if (r.memoryBounded() && r.memoryBytes() > 0) {
        cb.call(r.memoryBytes(), c.name(), ns, pod.name(), name, pod.node(), "memory", "byte");
      }
      switch (ExporterLabels.extendedGpu(w, container)) {
        case GpuAllocation.Whole whole ->
            cb.call(
                whole.count(),
                c.name(),
                ns,
                pod.name(),
                name,
                pod.node(),
                "nvidia_com_gpu",
                "integer");
        case GpuAllocation.Mig mig ->
            cb.call(
                mig.count(),
                c.name(),
                ns,
                pod.name(),
                name,
                pod.node(),
                "nvidia_com_mig_" + mig.profile().name().replace('.', '_'),
                "integer");
        default -> {}
      }
    }

    private void registerNodes(PrometheusRegistry registry) {
      String[] nodeResource = {"cluster", "node", "resource", "unit"};
      GaugeWithCallback.builder()
          .name("kube_node_status_allocatable")
          .help("The allocatable for different resources of a node.")
          .labelNames(nodeResource)
          .callback(cb -> eachNode((c, n) -> nodeResources(n.allocatable(), n, c, cb)))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_node_status_capacity")
          .help("The capacity for different resources of a node.")
          .labelNames(nodeResource)
          .callback(cb -> eachNode((c, n) -> nodeResources(n.capacity(), n, c, cb)))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_node_labels")
          .help("Kubernetes labels converted to Prometheus labels.")
          .labelNames(
              "cluster",
              "node",
              "label_node_kubernetes_io_instance_type",
              "label_topology_kubernetes_io_zone",
              "label_topology_kubernetes_io_region")
          .callback(
              cb ->
                  eachNode(
                      (c, n) ->
                          cb.call(1, c.name(), n.name(), n.instanceType(), n.zone(), c.region())))
          .register(registry);
    }

    interface NodeVisitor {
      void visit(SimCluster c, Node n);
    }

    private void eachNode(NodeVisitor visitor) {
      for (SimCluster c : simulator.fleet().clusters()) {
        c.nodes().forEach(n -> visitor.visit(c, n));
      }
    }

    private static void nodeResources(
        Resources r, Node n, SimCluster c, GaugeWithCallback.Callback cb) {
      cb.call(r.cpuCores(), c.name(), n.name(), "cpu", "core");
      cb.call(r.memoryBytes(), c.name(), n.name(), "memory", "byte");
      if (n.gpus().migPartitioned()) {
        var slices = n.gpus().migSlices().getFirst();
        cb.call(
            slices.count(),
            c.name(),
            n.name(),
            "nvidia_com_mig_" + slices.profile().name().replace('.', '_'),
            "integer");
      } else if (n.gpus().count() > 0) {
        cb.call(n.gpus().count(), c.name(), n.name(), "nvidia_com_gpu", "integer");
      }
    }

    private void registerAutoscalers(PrometheusRegistry registry) {
      GaugeWithCallback.builder()
          .name("kube_horizontalpodautoscaler_spec_target_metric")
          .help(
              "The metric specifications used by this autoscaler when calculating the desired replica count.")
          .labelNames(
              "cluster",
              "namespace",
              "horizontalpodautoscaler",
              "metric_name",
              "metric_target_type")
          .callback(
              cb ->
                  eachAutoscaled(
                      (c, w) ->
                          w.autoscaler()
                              .orElseThrow()
                              .metrics()
                              .forEach(
                                  m ->
                                      cb.call(
                                          ExporterLabels.targetValue(m),
                                          c.name(),
                                          w.ref().namespace(),
                                          ExporterLabels.hpaName(w),
                                          m.name(),
                                          ExporterLabels.targetType(m)))))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_horizontalpodautoscaler_spec_min_replicas")
          .help("Lower limit for the number of pods that can be set by the autoscaler.")
          .labelNames("cluster", "namespace", "horizontalpodautoscaler")
          .callback(
              cb ->
                  eachAutoscaled(
                      (c, w) ->
                          cb.call(
                              w.autoscaler().orElseThrow().minReplicas(),
                              c.name(),
                              w.ref().namespace(),
                              ExporterLabels.hpaName(w))))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_horizontalpodautoscaler_spec_max_replicas")
          .help("Upper limit for the number of pods that can be set by the autoscaler.")
          .labelNames("cluster", "namespace", "horizontalpodautoscaler")
          .callback(
              cb ->
                  eachAutoscaled(
                      (c, w) ->
                          cb.call(
                              w.autoscaler().orElseThrow().maxReplicas(),
                              c.name(),
                              w.ref().namespace(),
                              ExporterLabels.hpaName(w))))
          .register(registry);
      GaugeWithCallback.builder()
          .name("kube_horizontalpodautoscaler_info")
          .help("Information about this autoscaler.")
          .labelNames(
              "cluster",
              "namespace",
              "horizontalpodautoscaler",
              "scaletargetref_kind",
              "scaletargetref_name")
          .callback(
              cb ->
                  eachAutoscaled(
                      (c, w) ->
                          cb.call(
                              1,
                              c.name(),
                              w.ref().namespace(),
                              ExporterLabels.hpaName(w),
                              w.ref().kind().kubernetesKind(),
                              w.ref().name())))
          .register(registry);
    }

    interface WorkloadVisitor {
      void visit(SimCluster c, SimWorkload w);
    }

    private void eachAutoscaled(WorkloadVisitor visitor) {
      for (SimCluster c : simulator.fleet().clusters()) {
        c.workloads().stream()
            .filter(w -> w.autoscaler().isPresent())
            .forEach(w -> visitor.visit(c, w));
      }
    }

    private void registerDcgm(PrometheusRegistry registry) {
      GaugeWithCallback.builder()
          .name("DCGM_FI_DEV_GPU_UTIL")
          .help("GPU utilization (in %).")
          .labelNames(DCGM)
          .callback(
              cb ->
                  eachGpu(
                      (labels, reading, devices) ->
                          cb.call(Math.round(reading.get(Metric.GPU_UTILIZATION) * 100), labels)))
          .register(registry);
      GaugeWithCallback.builder()
          .name("DCGM_FI_DEV_FB_USED")
          .help("Framebuffer memory used (in MiB).")
          .labelNames(DCGM)
          .callback(
              cb ->
                  eachGpu(
                      (labels, reading, devices) ->
                          cb.call(
                              Math.round(
                                  reading.get(Metric.GPU_MEMORY_BYTES) / devices / (1 << 20)),
                              labels)))
          .register(registry);
      GaugeWithCallback.builder()
          .name("DCGM_FI_PROF_GR_ENGINE_ACTIVE")
          .help("Ratio of time the graphics engine is active.")
          .labelNames(DCGM)
          .callback(
              cb ->
                  eachGpu(
                      (labels, reading, devices) ->
                          cb.call(reading.get(Metric.GPU_ENGINE_ACTIVE), labels)))
          .register(registry);
    }

    interface GpuVisitor {
      void visit(String[] labels, Map<Metric, Double> reading, int devices);
    }

    /** One series per GPU device (or MIG slice) a running pod holds. */
    private void eachGpu(GpuVisitor visitor) {
      long second = simulator.clock().instant().getEpochSecond();
      eachRunning(
          (c, w, pod, container, point) -> {
            if (!container.usesGpu()) {
              return;
            }
            Map<Metric, Double> reading =
                Simulator.reading(container, second / 60, second, new UsagePoint());
            Node node =
                c.nodes().stream()
                    .filter(n -> n.name().equals(pod.node()))
                    .findFirst()
                    .orElseThrow();
            int devices =
                container.spec().gpu() instanceof GpuAllocation.Whole whole ? whole.count() : 1;
            String profile =
                container.spec().gpu() instanceof GpuAllocation.Mig mig ? mig.profile().name() : "";
            for (int gpu = 0; gpu < devices; gpu++) {
              visitor.visit(
                  new String[] {
                    c.name(),
                    w.ref().namespace(),
                    pod.name(),
                    container.spec().name(),
                    pod.node(),
                    Integer.toString(gpu),
                    ExporterLabels.gpuUuid(pod.node(), gpu),
                    node.gpus().model(),
                    profile
                  },
                  reading,
                  devices);
            }
          });
    }
  }
}
