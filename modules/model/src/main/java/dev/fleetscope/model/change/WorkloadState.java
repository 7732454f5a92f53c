package dev.fleetscope.model.change;

import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.WorkloadRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload as the cluster holds it now: what a change is previewed against and what the guard rails judge.
 *
 * @param containers the pod template's containers in template order, with their exact resources
 * @param replicas desired replicas (pods for a DaemonSet, parallelism for a Job or CronJob)
 * @param pods the pods running now: the ones a rollout restarts
 * @param podTemplateImmutable true for a Job, whose pod template the API server refuses to change
 */
public record WorkloadState(
    WorkloadRef ref,
    Map<String, ContainerResources> containers,
    int replicas,
    List<String> pods,
    Optional<HorizontalAutoscaler> autoscaler,
    List<DisruptionBudget> disruptionBudgets,
    boolean podTemplateImmutable) {

  public WorkloadState {
    containers = Collections.unmodifiableMap(new LinkedHashMap<>(containers));
    pods = List.copyOf(pods);
    disruptionBudgets = List.copyOf(disruptionBudgets);
  }

  public Optional<ContainerResources> container(String name) {
    return Optional.ofNullable(containers.get(name));
  }

  /** Whether every container of the change holds exactly {@code expected(change)} now. */
  public boolean holds(WorkloadChange change, boolean after) {
    return change.containers().stream()
        .allMatch(c -> container(c.container()).map(now -> now.equals(after ? c.after() : c.before())).orElse(false));
  }
}
