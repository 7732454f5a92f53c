package dev.fleetscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A controller and the pods it owns. {@code containers} is the pod template (what a rightsizing
 * patch changes); {@code pods} are the replicas running now, which may lag behind the template
 * during a rollout.
 *
 * <p>Beside its containers, a workload carries what decides how it may be sized, each plainly
 * readable for the views: the autoscalers that govern it ({@link #governedBy()}), pod-level
 * resources ({@link #podLevel()}), where its GPUs come from ({@link #gpuSource()}), whether it runs
 * a JVM ({@link #runsJvm()}) and whether it is a job ({@link #job()}).
 *
 * @param team the owning team, from the workload's labels; empty when unlabelled
 * @param model the ML model the workload serves or trains, from its labels, when it has one
 * @param containers app containers and native sidecars, in template order
 * @param autoscaler the HPA that scales it (owned by a KEDA ScaledObject or not)
 * @param verticalAutoscaler the VPA aimed at it
 * @param podResources pod-level {@code spec.resources}, when set
 * @param initContainers ordinary init containers (native sidecars are among {@code containers})
 * @param gpuClaims GPUs its pods hold through DRA claims; already counted in the {@code gpu} of the
 *     container that uses each claim (the first one naming it, else the first container)
 * @param jobRuns the runs that make it, for a CronJob or a group of Jobs
 */
public record Workload(
    WorkloadRef ref,
    Map<String, String> labels,
    String team,
    Optional<String> model,
    int desiredReplicas,
    List<ContainerSpec> containers,
    List<Pod> pods,
    Optional<HorizontalAutoscaler> autoscaler,
    Optional<VerticalAutoscaler> verticalAutoscaler,
    Optional<PodResources> podResources,
    List<ContainerSpec> initContainers,
    List<GpuClaim> gpuClaims,
    Optional<JobRuns> jobRuns) {

  public Workload {
    labels = Map.copyOf(labels);
    containers = List.copyOf(containers);
    pods = List.copyOf(pods);
    initContainers = List.copyOf(initContainers);
    gpuClaims = List.copyOf(gpuClaims);
  }

  /** A workload of app containers only, with at most an HPA. */
  public Workload(
      WorkloadRef ref,
      Map<String, String> labels,
      String team,
      Optional<String> model,
      int desiredReplicas,
      List<ContainerSpec> containers,
      List<Pod> pods,
      Optional<HorizontalAutoscaler> autoscaler) {
    this(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        containers,
        pods,
        autoscaler,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  public Workload withVerticalAutoscaler(Optional<VerticalAutoscaler> vpa) {
    return new Workload(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        containers,
        pods,
        autoscaler,
        vpa,
        podResources,
        initContainers,
        gpuClaims,
        jobRuns);
  }

  public Workload withPodResources(Optional<PodResources> resources) {
    return new Workload(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        containers,
        pods,
        autoscaler,
        verticalAutoscaler,
        resources,
        initContainers,
        gpuClaims,
        jobRuns);
  }

  public Workload withInitContainers(List<ContainerSpec> init) {
    return new Workload(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        containers,
        pods,
        autoscaler,
        verticalAutoscaler,
        podResources,
        init,
        gpuClaims,
        jobRuns);
  }

  /** With DRA claims, and the containers' GPUs counting them. */
  public Workload withGpuClaims(List<ContainerSpec> withClaimedGpus, List<GpuClaim> claims) {
    return new Workload(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        withClaimedGpus,
        pods,
        autoscaler,
        verticalAutoscaler,
        podResources,
        initContainers,
        claims,
        jobRuns);
  }

  public Workload withJobRuns(Optional<JobRuns> runs) {
    return new Workload(
        ref,
        labels,
        team,
        model,
        desiredReplicas,
        containers,
        pods,
        autoscaler,
        verticalAutoscaler,
        podResources,
        initContainers,
        gpuClaims,
        runs);
  }

  public String name() {
    return ref.name();
  }

  public WorkloadKind kind() {
    return ref.kind();
  }

  public long runningPods() {
    return pods.stream().filter(p -> p.phase() == PodPhase.RUNNING).count();
  }

  /**
   * Requests of one replica as the scheduler counts them: pod-level requests where set, else the
   * sum over app containers and native sidecars, or an init container's request (plus the sidecars,
   * which may run beside it) when that is larger.
   */
  public Resources requestsPerReplica() {
    Resources running =
        containers.stream().map(ContainerSpec::requests).reduce(Resources.NONE, Resources::plus);
    Resources sidecars =
        containers.stream()
            .filter(c -> c.kind() == ContainerKind.SIDECAR)
            .map(ContainerSpec::requests)
            .reduce(Resources.NONE, Resources::plus);
    double cpu = running.cpuCores();
    long memory = running.memoryBytes();
    for (ContainerSpec init : initContainers) {
      Resources during = init.requests().plus(sidecars);
      cpu = Math.max(cpu, during.cpuCores());
      memory = Math.max(memory, during.memoryBytes());
    }
    if (podResources.isPresent()) {
      Resources pod = podResources.get().requests();
      cpu = pod.cpuCores() > 0 ? pod.cpuCores() : cpu;
      memory = pod.memoryBytes() > 0 ? pod.memoryBytes() : memory;
    }
    return new Resources(cpu, memory);
  }

  public double gpusPerReplica() {
    return containers.stream().mapToDouble(c -> c.gpu().gpuEquivalent()).sum();
  }

  public Optional<ContainerSpec> container(String name) {
    return Stream.concat(containers.stream(), initContainers.stream())
        .filter(c -> c.name().equals(name))
        .findFirst();
  }

  /**
   * The autoscalers that size it, for a person: {@code VPA serving (Auto)}, {@code HPA serving
   * (2..10 replicas: cpu at 70% of requests)}, {@code KEDA ScaledObject worker (...)}; empty when
   * none.
   */
  public String governedBy() {
    List<String> parts = new ArrayList<>();
    verticalAutoscaler.ifPresent(v -> parts.add(v.describe()));
    autoscaler.ifPresent(h -> parts.add(h.describe()));
    return String.join("; ", parts);
  }

  /** Whether a VPA that is not Off sets this container's resources. */
  public boolean managedByVpa(String container) {
    return verticalAutoscaler.map(v -> v.manages(container)).orElse(false);
  }

  /** Whether it is sized at pod level ({@code spec.resources}, KEP-2837). */
  public boolean podLevel() {
    return podResources.isPresent();
  }

  public GpuSource gpuSource() {
    double claimed = gpuClaims.stream().mapToDouble(GpuClaim::share).sum();
    boolean plugin = gpusPerReplica() > claimed + 1e-9;
    if (gpuClaims.isEmpty()) {
      return plugin ? GpuSource.DEVICE_PLUGIN : GpuSource.NONE;
    }
    return plugin ? GpuSource.DEVICE_PLUGIN_AND_DRA : GpuSource.DRA;
  }

  /** Whether any of its containers runs a JVM. */
  public boolean runsJvm() {
    return Stream.concat(containers.stream(), initContainers.stream())
        .anyMatch(c -> c.jvm().isPresent());
  }

  /** Whether it runs to completion: a Job, a CronJob or a group of Jobs. */
  public boolean job() {
    return kind() == WorkloadKind.JOB || kind() == WorkloadKind.CRON_JOB || jobRuns.isPresent();
  }
}
