package dev.fleetscope.prometheus;

import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Termination;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the inventory rows say about one pod, gathered before it becomes a model {@link Pod}. */
final class PodFacts {
  /** Below these a difference is the sums' rounding: half a millicore, a KiB. */
  private static final double CPU_SLACK = 0.0005;

  private static final long MEMORY_SLACK = 1024;

  final String name;
  final WorkloadRef owner;
  PodPhase phase = PodPhase.UNKNOWN;
  String node = "";
  String team = "";
  String model = "";
  final Map<String, ContainerFacts> containers = new TreeMap<>();

  /** kube-scheduler's figures for the whole pod, pod-level resources included. */
  final ResourceRows scheduledRequests = new ResourceRows();

  final ResourceRows scheduledLimits = new ResourceRows();

  /** The init containers' requests (native sidecars among them), summed; and the pod overhead. */
  double initCpu;

  long initMemory;
  double overheadCpu;
  long overheadMemory;

  PodFacts(String name, WorkloadRef owner) {
    this.name = name;
    this.owner = owner;
  }

  ContainerFacts container(String container) {
    return containers.computeIfAbsent(container, c -> new ContainerFacts());
  }

  void phase(String value) {
    try {
      phase = PodPhase.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      phase = PodPhase.UNKNOWN;
    }
  }

  void initRequest(Row row) {
    switch (row.label("resource")) {
      case "cpu" -> initCpu += row.value();
      case "memory" -> initMemory += (long) Math.ceil(row.value());
      default -> {}
    }
  }

  /**
   * The pod's own {@code spec.resources} (KEP-2837), which kube-state-metrics does not report, told
   * from kube-scheduler's figures: without pod-level resources the scheduler counts a pod at most
   * at its containers', init containers' and overhead's requests together, so a request beyond that
   * can only be set at pod level. Pod-level requests equal to the containers' sum look like
   * container requests, and are sized as such.
   */
  Optional<PodResources> podLevel() {
    Resources scheduled = scheduledRequests.asRequests();
    Resources apps =
        containers.values().stream()
            .map(c -> c.requests.asRequests())
            .reduce(Resources.NONE, Resources::plus);
    boolean cpu = scheduled.cpuCores() > apps.cpuCores() + initCpu + overheadCpu + CPU_SLACK;
    boolean memory =
        scheduled.memoryBytes() > apps.memoryBytes() + initMemory + overheadMemory + MEMORY_SLACK;
    if (!cpu && !memory) {
      return Optional.empty();
    }
    Resources limits = scheduledLimits.asLimits();
    return Optional.of(
        new PodResources(
            new Resources(
                cpu ? scheduled.cpuCores() - overheadCpu : 0,
                memory ? scheduled.memoryBytes() - overheadMemory : 0),
            new Resources(
                cpu && limits.cpuBounded()
                    ? limits.cpuCores() - overheadCpu
                    : Double.POSITIVE_INFINITY,
                memory && limits.memoryBounded()
                    ? limits.memoryBytes() - overheadMemory
                    : Long.MAX_VALUE)));
  }

  Pod toPod() {
    return new Pod(
        name,
        node,
        phase,
        containers.entrySet().stream().map(e -> e.getValue().toContainer(e.getKey())).toList());
  }

  /** One container of the pod. */
  static final class ContainerFacts {
    final ResourceRows requests = new ResourceRows();
    final ResourceRows limits = new ResourceRows();
    int restarts;
    String terminationReason = "";
    Optional<Integer> exitCode = Optional.empty();
    Optional<Instant> terminatedAt = Optional.empty();

    ContainerSpec spec(String name) {
      return new ContainerSpec(name, requests.asRequests(), limits.asLimits(), requests.gpu());
    }

    Container toContainer(String name) {
      return new Container(spec(name), restarts, termination());
    }

    /**
     * The last termination when kube-state-metrics reports its reason and time; an OOM kill's exit
     * code is 137 (SIGKILL) when the exit code metric is missing (kube-state-metrics before 2.10).
     */
    Optional<Termination> termination() {
      if (terminationReason.isEmpty() || terminatedAt.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> code =
          exitCode.or(
              () ->
                  Termination.OOM_KILLED.equals(terminationReason)
                      ? Optional.of(137)
                      : Optional.empty());
      return code.map(c -> new Termination(terminationReason, c, terminatedAt.get()));
    }
  }
}
