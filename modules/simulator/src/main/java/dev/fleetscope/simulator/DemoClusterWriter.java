package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriteException.Reason;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.ContainerTraits;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies rightsizing to the demo fleet the way a cluster would: the change is refused when the
 * workload no longer holds what the preview saw, its pods are replaced, and the node pool settles,
 * so its cost drops.
 */
public final class DemoClusterWriter implements ClusterWriter {
  private final Simulator simulator;

  /**
   * The exact quantity strings last applied, so a read returns them byte for byte as an API server
   * would.
   */
  private final Map<ContainerRef, ContainerResources> applied = new ConcurrentHashMap<>();

  public DemoClusterWriter(Simulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public Optional<WorkloadState> find(String cluster, String namespace, String name)
      throws ClusterWriteException {
    List<SimWorkload> matches =
        simulator
            .fleet()
            .workloads()
            .filter(
                w ->
                    w.ref().cluster().equals(cluster)
                        && w.ref().namespace().equals(namespace)
                        && w.ref().name().equals(name))
            .toList();
    if (matches.size() > 1) {
      throw new ClusterWriteException(
          Reason.OTHER,
          cluster
              + "/"
              + namespace
              + "/"
              + name
              + " names "
              + matches.stream().map(w -> w.ref().kind().kubernetesKind()).toList()
              + "; say which");
    }
    return matches.stream().findFirst().map(this::state);
  }

  @Override
  public WorkloadState read(WorkloadRef ref) throws ClusterWriteException {
    return state(workload(ref));
  }

  @Override
  public String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    check(change, method);
    return "accepted by the demo fleet (dry run: nothing persisted)";
  }

  @Override
  public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    synchronized (simulator) {
      SimWorkload workload = check(change, method);
      Map<String, ContainerSpec> specs = new LinkedHashMap<>();
      Optional<PodResources> pod = Optional.empty();
      for (ContainerChange c : change.containers()) {
        if (ContainerChange.POD.equals(c.container())) {
          pod =
              Optional.of(
                  new PodResources(resources(c.after(), true), resources(c.after(), false)));
          continue;
        }
        ContainerSpec now =
            specs(workload).filter(s -> s.name().equals(c.container())).findFirst().orElseThrow();
        specs.put(
            c.container(),
            now.withResources(resources(c.after(), true), resources(c.after(), false)));
      }
      simulator.resize(change.workload(), specs, pod);
      change
          .containers()
          .forEach(c -> applied.put(change.workload().container(c.container()), c.after()));
    }
  }

  @Override
  public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait) {
    return new RolloutState.Complete(); // the demo's controllers replace pods at once
  }

  @Override
  public boolean supportsInPlaceResize(String cluster) {
    return true;
  }

  /**
   * The workload, refusing with a conflict when it no longer holds the change's {@code before}
   * values.
   */
  private SimWorkload check(WorkloadChange change, ApplyMethod method)
      throws ClusterWriteException {
    SimWorkload workload = workload(change.workload());
    if (!state(workload).holds(change, method, false)) {
      throw new ClusterWriteException(
          Reason.CONFLICT,
          change.workload() + " was changed since the preview; nothing was overwritten");
    }
    for (ContainerChange c : change.containers()) {
      try {
        resources(c.after(), true);
        resources(c.after(), false);
      } catch (IllegalArgumentException e) {
        throw new ClusterWriteException(
            Reason.INVALID,
            change.workload() + " container " + c.container() + ": " + e.getMessage());
      }
    }
    return workload;
  }

  private SimWorkload workload(WorkloadRef ref) throws ClusterWriteException {
    return simulator
        .fleet()
        .workloads()
        .filter(w -> w.ref().equals(ref))
        .findFirst()
        .orElseThrow(
            () -> new ClusterWriteException(Reason.NOT_FOUND, ref + " is not in the demo fleet"));
  }

  private WorkloadState state(SimWorkload w) {
    Map<String, ContainerResources> containers = new LinkedHashMap<>();
    Map<String, ContainerTraits> traits = new LinkedHashMap<>();
    boolean claimed = !w.extras().gpuClaims().isEmpty();
    specs(w)
        .forEach(
            spec -> {
              containers.put(
                  spec.name(), resourcesOf(w.ref().container(spec.name()), spec, claimed));
              traits.put(spec.name(), new ContainerTraits(spec.kind(), false, false, spec.jvm()));
            });
    Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
    w.pods().forEach(p -> pods.put(p.name(), containers));
    Optional<ContainerResources> podResources =
        w.extras()
            .podResources()
            .map(
                pod ->
                    resourcesOf(
                        w.ref().container(ContainerChange.POD),
                        ContainerSpec.cpuMemory(ContainerChange.POD, pod.requests(), pod.limits()),
                        false));
    return new WorkloadState(
        w.ref(),
        containers,
        w.pods().size(),
        pods,
        w.autoscaler(),
        List.of(),
        w.ref().kind() == WorkloadKind.JOB,
        w.extras().vpa(),
        traits,
        Map.of(),
        podResources);
  }

  /** App containers and native sidecars, then init containers. */
  private static java.util.stream.Stream<ContainerSpec> specs(SimWorkload w) {
    return java.util.stream.Stream.concat(
        w.containers().stream().map(SimContainer::spec), w.extras().initContainers().stream());
  }

  /**
   * A container's resources as quantity strings: those last applied when they still hold, else
   * written from its spec. GPUs held through DRA claims are not resources of the container.
   */
  private ContainerResources resourcesOf(ContainerRef ref, ContainerSpec spec, boolean claimed) {
    ContainerResources exact = applied.get(ref);
    if (exact != null
        && resources(exact, true).equals(spec.requests())
        && resources(exact, false).equals(spec.limits())) {
      return exact;
    }
    Map<String, String> requests = new LinkedHashMap<>();
    Map<String, String> limits = new LinkedHashMap<>();
    put(requests, spec.requests());
    if (spec.limits().cpuBounded()) {
      limits.put(ContainerResources.CPU, Quantities.formatCores(spec.limits().cpuCores()));
    }
    if (spec.limits().memoryBounded()) {
      limits.put(ContainerResources.MEMORY, Quantities.formatBytes(spec.limits().memoryBytes()));
    }
    switch (claimed ? GpuAllocation.NONE : spec.gpu()) {
      case GpuAllocation.Whole whole -> gpu(requests, limits, "nvidia.com/gpu", whole.count());
      case GpuAllocation.Mig mig ->
          gpu(requests, limits, mig.profile().resourceName(), mig.count());
      default -> {}
    }
    return new ContainerResources(requests, limits);
  }

  private static void put(Map<String, String> into, Resources r) {
    if (r.cpuCores() > 0) {
      into.put(ContainerResources.CPU, Quantities.formatCores(r.cpuCores()));
    }
    if (r.memoryBytes() > 0) {
      into.put(ContainerResources.MEMORY, Quantities.formatBytes(r.memoryBytes()));
    }
  }

  private static void gpu(
      Map<String, String> requests, Map<String, String> limits, String resource, int count) {
    requests.put(resource, Integer.toString(count));
    limits.put(resource, Integer.toString(count));
  }

  /** Requests (unset is zero) or limits (unset is unbounded) from quantity strings. */
  private static Resources resources(ContainerResources r, boolean requests) {
    Map<String, String> values = requests ? r.requests() : r.limits();
    double cpu =
        values.containsKey(ContainerResources.CPU)
            ? Quantities.parseCores(values.get(ContainerResources.CPU))
            : requests ? 0 : Double.POSITIVE_INFINITY;
    long memory =
        values.containsKey(ContainerResources.MEMORY)
            ? Quantities.parseBytes(values.get(ContainerResources.MEMORY))
            : requests ? 0 : Long.MAX_VALUE;
    return Resources.of(cpu, memory);
  }
}
