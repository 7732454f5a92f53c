package dev.fleetscope.apply;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-memory cluster that refuses a change whose previous values it does not hold, as a JSON
 * Patch test op would.
 */
final class FakeCluster implements ClusterWriter {
  final Map<WorkloadRef, WorkloadState> workloads = new LinkedHashMap<>();
  final Map<WorkloadRef, RolloutState> rollouts = new HashMap<>();
  final List<String> calls = new ArrayList<>();
  Consumer<WorkloadChange> beforeApply = c -> {};

  static WorkloadRef deployment(String name) {
    return new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, name);
  }

  static ContainerResources resources(String cpu, String memory) {
    return new ContainerResources(Map.of("cpu", cpu, "memory", memory), Map.of("memory", memory));
  }

  /** Someone else edits the workload behind our back. */
  void apply(WorkloadRef ref, dev.fleetscope.model.change.ContainerResources api) {
    WorkloadState s = workloads.get(ref);
    workloads.put(
        ref,
        new WorkloadState(
            ref,
            Map.of("api", api),
            s.replicas(),
            pods(ref.name(), api),
            s.autoscaler(),
            s.disruptionBudgets(),
            s.podTemplateImmutable(),
            s.podTemplateLabels()));
  }

  /** Three pods whose api container was made from the template (a rollout replaces them all). */
  private static Map<String, Map<String, ContainerResources>> pods(
      String name, ContainerResources api) {
    Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
    for (String suffix : List.of("-a", "-b", "-c")) {
      pods.put(name + suffix, Map.of("api", api));
    }
    return pods;
  }

  WorkloadRef add(String name, ContainerResources api) {
    WorkloadRef ref = deployment(name);
    workloads.put(
        ref,
        new WorkloadState(
            ref, Map.of("api", api), 3, pods(name, api), Optional.empty(), List.of(), false));
    return ref;
  }

  @Override
  public Optional<WorkloadState> find(String cluster, String namespace, String name) {
    return workloads.values().stream()
        .filter(
            w ->
                w.ref().cluster().equals(cluster)
                    && w.ref().namespace().equals(namespace)
                    && w.ref().name().equals(name))
        .findFirst();
  }

  @Override
  public WorkloadState read(WorkloadRef workload) throws ClusterWriteException {
    WorkloadState state = workloads.get(workload);
    if (state == null) {
      throw new ClusterWriteException(
          ClusterWriteException.Reason.NOT_FOUND, workload + " not found");
    }
    return state;
  }

  @Override
  public String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    calls.add("dryRun " + change.workload().name());
    check(change);
    return "accepted (dry run)";
  }

  @Override
  public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    calls.add("apply " + change.workload().name());
    beforeApply.accept(change);
    check(change);
    WorkloadState state = read(change.workload());
    Map<String, ContainerResources> containers = new LinkedHashMap<>(state.containers());
    change.containers().forEach(c -> containers.put(c.container(), c.after()));
    workloads.put(
        change.workload(),
        new WorkloadState(
            state.ref(),
            containers,
            state.replicas(),
            pods(state.ref().name(), containers.get("api")),
            state.autoscaler(),
            state.disruptionBudgets(),
            state.podTemplateImmutable(),
            state.podTemplateLabels()));
  }

  private void check(WorkloadChange change) throws ClusterWriteException {
    WorkloadState state = read(change.workload());
    for (ContainerChange c : change.containers()) {
      if (!state.container(c.container()).map(c.before()::equals).orElse(false)) {
        throw new ClusterWriteException(
            ClusterWriteException.Reason.CONFLICT,
            change.workload() + " changed since the preview");
      }
    }
  }

  @Override
  public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait) {
    calls.add("rollout " + change.workload().name());
    return rollouts.getOrDefault(change.workload(), new RolloutState.Complete());
  }

  @Override
  public boolean supportsInPlaceResize(String cluster) {
    return false;
  }
}
