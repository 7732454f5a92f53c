package dev.fleetscope.prometheus;

import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Termination;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the inventory rows say about one pod, gathered before it becomes a model {@link Pod}. */
final class PodFacts {
  final String name;
  final WorkloadRef owner;
  PodPhase phase = PodPhase.UNKNOWN;
  String node = "";
  String team = "";
  String model = "";
  final Map<String, ContainerFacts> containers = new TreeMap<>();

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
