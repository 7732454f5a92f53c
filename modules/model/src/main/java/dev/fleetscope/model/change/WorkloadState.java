package dev.fleetscope.model.change;

import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.WorkloadRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload as the cluster holds it now: what a change is previewed against and what the guard
 * rails judge.
 *
 * @param containers the pod template's containers in template order, with their exact resources
 * @param replicas desired replicas (pods for a DaemonSet, parallelism for a Job or CronJob)
 * @param pods the pods running now (the ones a rollout restarts), each with its containers'
 *     resources as its spec states them (what an in-place resize changes)
 * @param disruptionBudgets PodDisruptionBudgets of its namespace, each with its selector ({@link
 *     #coveringBudgets()} are those that protect its pods)
 * @param podTemplateImmutable true for a Job, whose pod template the API server refuses to change
 * @param podTemplateLabels the labels its pods are made with, which budgets select on
 */
public record WorkloadState(
    WorkloadRef ref,
    Map<String, ContainerResources> containers,
    int replicas,
    Map<String, Map<String, ContainerResources>> pods,
    Optional<HorizontalAutoscaler> autoscaler,
    List<DisruptionBudget> disruptionBudgets,
    boolean podTemplateImmutable,
    Map<String, String> podTemplateLabels) {

  /** A state whose budgets are already known to cover it (no pod labels to select on). */
  public WorkloadState(
      WorkloadRef ref,
      Map<String, ContainerResources> containers,
      int replicas,
      Map<String, Map<String, ContainerResources>> pods,
      Optional<HorizontalAutoscaler> autoscaler,
      List<DisruptionBudget> disruptionBudgets,
      boolean podTemplateImmutable) {
    this(
        ref,
        containers,
        replicas,
        pods,
        autoscaler,
        disruptionBudgets,
        podTemplateImmutable,
        Map.of());
  }

  public WorkloadState {
    containers = Collections.unmodifiableMap(new LinkedHashMap<>(containers));
    Map<String, Map<String, ContainerResources>> podCopy = new LinkedHashMap<>();
    pods.forEach(
        (pod, containerMap) ->
            podCopy.put(pod, Collections.unmodifiableMap(new LinkedHashMap<>(containerMap))));
    pods = Collections.unmodifiableMap(podCopy);
    disruptionBudgets = List.copyOf(disruptionBudgets);
    podTemplateLabels = Map.copyOf(podTemplateLabels);
  }

  /** The budgets whose selector picks the workload's pods: the ones a rollout must respect. */
  public List<DisruptionBudget> coveringBudgets() {
    return disruptionBudgets.stream().filter(b -> b.covers(podTemplateLabels)).toList();
  }

  public Optional<ContainerResources> container(String name) {
    return Optional.ofNullable(containers.get(name));
  }

  public List<String> podNames() {
    return List.copyOf(pods.keySet());
  }

  /**
   * Whether the change's values ({@code after}, else {@code before}) are what the workload holds
   * now: in its pod template for a rollout, in every running pod for an in-place resize.
   */
  public boolean holds(WorkloadChange change, ApplyMethod method, boolean after) {
    if (method == ApplyMethod.IN_PLACE) {
      return pods.values().stream().allMatch(pod -> holds(pod, change, after));
    }
    return holds(containers, change, after);
  }

  private static boolean holds(
      Map<String, ContainerResources> containers, WorkloadChange change, boolean after) {
    return change.containers().stream()
        .allMatch(
            c -> {
              ContainerResources now = containers.get(c.container());
              return now != null && now.equals(after ? c.after() : c.before());
            });
  }
}
