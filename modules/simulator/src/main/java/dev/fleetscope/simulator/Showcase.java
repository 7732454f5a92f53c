package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.JvmOptions;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.Blueprint.ClusterPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workloads of today's Kubernetes, one of each case rightsizing must respect, added to the demo
 * fleet beside the ones the blueprint draws (and placed after them, so those keep their nodes): a
 * service a VPA manages, a KEDA-scaled worker, a pod sized at pod level, a JVM with a fixed heap, a
 * service with a native sidecar and an init container, an hourly CronJob, and, on the training
 * cluster, a trainer holding its GPUs through a DRA claim. (HPAs on CPU are among the blueprint's
 * services.) Their numbers are fixed, not drawn, so they read the same in every demo.
 */
final class Showcase {
  private static final long MI = 1L << 20;
  private static final long GI = 1L << 30;
  private static final int STREAM_BASE = 100_000;

  private final ClusterPlan plan;
  private final long seed;
  private final List<SimWorkload> workloads = new ArrayList<>();

  private Showcase(ClusterPlan plan, long seed) {
    this.plan = plan;
    this.seed = seed;
  }

  /** The showcase workloads of one cluster, unplaced (no pods yet) with their replicas. */
  static List<WorkloadFactory.Draft> of(ClusterPlan plan, long seed) {
    Showcase showcase = new Showcase(plan, seed);
    return switch (plan.provider()) {
      case AWS -> showcase.serving();
      case GCP -> showcase.training();
      default -> List.of();
    };
  }

  private List<WorkloadFactory.Draft> serving() {
    double utc = plan.utcOffsetHours();
    List<WorkloadFactory.Draft> drafts = new ArrayList<>();

    WorkloadRef rewriter = ref("llm-serving", WorkloadKind.DEPLOYMENT, "query-rewriter");
    VerticalAutoscaler vpa =
        new VerticalAutoscaler(
            "query-rewriter",
            VerticalAutoscaler.UpdateMode.IN_PLACE_OR_RECREATE,
            List.of(
                new VerticalAutoscaler.ContainerPolicy(
                    "*",
                    false,
                    Resources.of(0.1, 256 * MI),
                    Resources.of(4, 8 * GI),
                    Set.of("cpu", "memory"),
                    false)),
            Map.of("server", Resources.of(0.55, 900 * MI)));
    drafts.add(
        draft(
            rewriter,
            "genai",
            List.of(
                container(
                    rewriter,
                    0,
                    app("server", 1, 2 * GI, Resources.of(Double.POSITIVE_INFINITY, 2 * GI)),
                    new UsageProfile.DiurnalService(0.12, 0.6, 700 * MI, 120 * MI, utc, 0, 0))),
            3,
            Optional.empty(),
            extras(Optional.of(vpa), Optional.empty(), List.of(), List.of())));

    WorkloadRef consumer = ref("ingestion", WorkloadKind.DEPLOYMENT, "orders-consumer");
    HorizontalAutoscaler keda =
        new HorizontalAutoscaler(
            "keda-hpa-orders-consumer",
            1,
            20,
            List.of(
                new ScalingMetric(
                    ScalingMetric.Source.EXTERNAL,
                    "s0-kafka-orders",
                    Optional.empty(),
                    ScalingMetric.Target.AVERAGE_VALUE,
                    50),
                ScalingMetric.utilization("cpu", 0.7)),
            Optional.of("orders-consumer"));
    drafts.add(
        draft(
            consumer,
            "data-platform",
            List.of(
                container(
                    consumer,
                    1,
                    app("consumer", 2, 2 * GI, Resources.of(Double.POSITIVE_INFINITY, 2 * GI)),
                    new UsageProfile.BurstyWorker(0.05, 1.4, 18, 8, 700 * MI))),
            2,
            Optional.of(keda),
            SimExtras.NONE));

    WorkloadRef joiner = ref("recsys-serving", WorkloadKind.DEPLOYMENT, "feature-joiner");
    drafts.add(
        draft(
            joiner,
            "recsys",
            List.of(
                container(
                    joiner,
                    2,
                    app("joiner", 0, 0, Resources.UNBOUNDED),
                    new UsageProfile.DiurnalService(0.3, 1.2, 1500 * MI, 200 * MI, utc, 0, 0)),
                container(
                    joiner,
                    3,
                    app("cache-warmer", 0, 0, Resources.UNBOUNDED),
                    new UsageProfile.Steady(0.15, 600 * MI))),
            2,
            Optional.empty(),
            extras(
                Optional.empty(),
                Optional.of(new PodResources(Resources.of(3, 6 * GI), Resources.of(4, 6 * GI))),
                List.of(),
                List.of())));

    WorkloadRef payments = ref("fraud-detection", WorkloadKind.DEPLOYMENT, "payments-scorer");
    ContainerSpec jvm =
        new ContainerSpec(
            "server",
            Resources.of(1.5, 4 * GI),
            Resources.of(Double.POSITIVE_INFINITY, 4 * GI),
            GpuAllocation.NONE,
            ContainerKind.CONTAINER,
            JvmOptions.detect(
                "eclipse-temurin:21-jre",
                List.of("java"),
                List.of("-jar", "/app/scorer.jar"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx3g -XX:+UseG1GC")));
    drafts.add(
        draft(
            payments,
            "risk",
            // a G1 heap fills toward -Xmx before it collects hard: the working set sits near 3 GiB
            List.of(
                container(
                    payments,
                    4,
                    jvm,
                    new UsageProfile.DiurnalService(0.1, 0.5, 2900 * MI, 100 * MI, utc, 0, 0))),
            3,
            Optional.empty(),
            SimExtras.NONE));

    WorkloadRef gateway = ref("ml-platform", WorkloadKind.DEPLOYMENT, "model-gateway");
    drafts.add(
        draft(
            gateway,
            "ml-platform",
            List.of(
                container(
                    gateway,
                    5,
                    app("gateway", 1, GI, Resources.of(Double.POSITIVE_INFINITY, GI)),
                    new UsageProfile.DiurnalService(0.08, 0.4, 300 * MI, 80 * MI, utc, 0, 0)),
                container(
                    gateway,
                    6,
                    new ContainerSpec(
                        "envoy",
                        Resources.of(0.25, 256 * MI),
                        Resources.of(Double.POSITIVE_INFINITY, 512 * MI),
                        GpuAllocation.NONE,
                        ContainerKind.SIDECAR,
                        Optional.empty()),
                    new UsageProfile.Steady(0.03, 70 * MI))),
            2,
            Optional.empty(),
            extras(
                Optional.empty(),
                Optional.empty(),
                List.of(
                    new ContainerSpec(
                        "fetch-models",
                        Resources.of(0.5, 512 * MI),
                        Resources.of(Double.POSITIVE_INFINITY, 512 * MI),
                        GpuAllocation.NONE,
                        ContainerKind.INIT,
                        Optional.empty())),
                List.of())));

    WorkloadRef refresh = ref("ml-platform", WorkloadKind.CRON_JOB, "embedding-refresh");
    drafts.add(
        draft(
            refresh,
            "ml-platform",
            List.of(
                container(
                    refresh,
                    7,
                    app("refresh", 2, 3 * GI, Resources.of(Double.POSITIVE_INFINITY, 3 * GI)),
                    new UsageProfile.RecurringJob(0.6, 1.8, 1400 * MI, 60, 9, 7))),
            1,
            Optional.empty(),
            SimExtras.NONE));
    return drafts;
  }

  private List<WorkloadFactory.Draft> training() {
    WorkloadRef trainer = ref("training-nlp", WorkloadKind.JOB, "llm-finetune-dra");
    NodeGpus gpus = plan.multiGpu().gpus();
    List<GpuClaim> claims = new ArrayList<>();
    for (int device = 0; device < 2; device++) {
      claims.add(
          new GpuClaim(
              "llm-finetune-dra-gpus-7xk2q",
              "gpus",
              "gpu.nvidia.com",
              "gpu-" + device,
              gpus.model(),
              gpus.memoryBytesPerGpu(),
              Optional.empty(),
              1,
              Set.of("trainer")));
    }
    // the container requests no nvidia.com/gpu: its two GPUs come from the claim
    ContainerSpec spec =
        app("trainer", 12, 96 * GI, Resources.of(Double.POSITIVE_INFINITY, 96 * GI))
            .withGpu(GpuClaim.allocation(claims));
    return List.of(
        draft(
            trainer,
            "nlp",
            List.of(
                container(
                    trainer,
                    0,
                    spec,
                    new UsageProfile.Training(
                        7, 60 * GI, 0.9, (long) (gpus.memoryBytesPerGpu() * 0.9), 30, 31, 0))),
            1,
            Optional.empty(),
            extras(Optional.empty(), Optional.empty(), List.of(), claims)));
  }

  private WorkloadRef ref(String namespace, WorkloadKind kind, String name) {
    return new WorkloadRef(plan.name(), namespace, kind, name);
  }

  private static ContainerSpec app(String name, double cpu, long memory, Resources limits) {
    return ContainerSpec.cpuMemory(name, Resources.of(cpu, memory), limits);
  }

  private SimContainer container(
      WorkloadRef ref, int index, ContainerSpec spec, UsageProfile profile) {
    return new SimContainer(
        ref.container(spec.name()),
        spec,
        profile,
        Noise.stream(seed, plan.name().hashCode(), STREAM_BASE + index));
  }

  private static SimExtras extras(
      Optional<VerticalAutoscaler> vpa,
      Optional<PodResources> pod,
      List<ContainerSpec> init,
      List<GpuClaim> claims) {
    // marked as showcase by draft()
    return new SimExtras(vpa, pod, init, claims, false);
  }

  private static WorkloadFactory.Draft draft(
      WorkloadRef ref,
      String team,
      List<SimContainer> containers,
      int replicas,
      Optional<HorizontalAutoscaler> hpa,
      SimExtras extras) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", ref.name());
    labels.put("team", team);
    labels.put("workload-type", containers.getFirst().profile().behaviour());
    SimExtras marked =
        new SimExtras(
            extras.vpa(), extras.podResources(), extras.initContainers(), extras.gpuClaims(), true);
    return new WorkloadFactory.Draft(
        new SimWorkload(ref, labels, team, Optional.empty(), containers, List.of(), hpa, marked),
        replicas);
  }
}
