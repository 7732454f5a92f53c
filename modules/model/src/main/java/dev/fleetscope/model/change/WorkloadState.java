package dev.fleetscope.model.change;

import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.VerticalAutoscaler;
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
 * @param podTemplateImmutable true for a Job whose pod template the API server refuses to change
 *     (any Job but a suspended one on a cluster that lets its resources change)
 * @param podTemplateLabels the labels its pods are made with, which budgets select on
 * @param verticalAutoscaler the VPA aimed at the workload, whatever its mode
 * @param traits per container (app containers, native sidecars, init containers): its kind, resize
 *     policy and JVM; a container missing here is a plain app container
 * @param podStatus per running pod, what its status says about resizing it in place
 * @param podResources the template's pod-level {@code spec.resources}, exactly as written
 */
public record WorkloadState(
    WorkloadRef ref,
    Map<String, ContainerResources> containers,
    int replicas,
    Map<String, Map<String, ContainerResources>> pods,
    Optional<HorizontalAutoscaler> autoscaler,
    List<DisruptionBudget> disruptionBudgets,
    boolean podTemplateImmutable,
    Map<String, String> podTemplateLabels,
    Optional<VerticalAutoscaler> verticalAutoscaler,
    Map<String, ContainerTraits> traits,
    Map<String, PodStatus> podStatus,
    Optional<ContainerResources> podResources) {

  /** A workload of plain app containers whose budgets are known to cover it, without a VPA. */
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
        Map.of(),
        Optional.empty(),
        Map.of(),
        Map.of(),
        Optional.empty());
  }

  /** A workload of plain app containers, without a VPA, pod statuses or pod-level resources. */
  public WorkloadState(
      WorkloadRef ref,
      Map<String, ContainerResources> containers,
      int replicas,
      Map<String, Map<String, ContainerResources>> pods,
      Optional<HorizontalAutoscaler> autoscaler,
      List<DisruptionBudget> disruptionBudgets,
      boolean podTemplateImmutable,
      Map<String, String> podTemplateLabels) {
    this(
        ref,
        containers,
        replicas,
        pods,
        autoscaler,
        disruptionBudgets,
        podTemplateImmutable,
        podTemplateLabels,
        Optional.empty(),
        Map.of(),
        Map.of(),
        Optional.empty());
  }

  /** A workload without pod labels to select budgets on (its budgets are known to cover it). */
  public WorkloadState(
      WorkloadRef ref,
      Map<String, ContainerResources> containers,
      int replicas,
      Map<String, Map<String, ContainerResources>> pods,
      Optional<HorizontalAutoscaler> autoscaler,
      List<DisruptionBudget> disruptionBudgets,
      boolean podTemplateImmutable,
      Optional<VerticalAutoscaler> verticalAutoscaler,
      Map<String, ContainerTraits> traits,
      Map<String, PodStatus> podStatus,
      Optional<ContainerResources> podResources) {
    this(
        ref,
        containers,
        replicas,
        pods,
        autoscaler,
        disruptionBudgets,
        podTemplateImmutable,
        Map.of(),
        verticalAutoscaler,
        traits,
        podStatus,
        podResources);
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
    traits = Map.copyOf(traits);
    podStatus = Collections.unmodifiableMap(new LinkedHashMap<>(podStatus));
  }

  /** The budgets whose selector picks the workload's pods: the ones a rollout must respect. */
  public List<DisruptionBudget> coveringBudgets() {
    return disruptionBudgets.stream().filter(b -> b.covers(podTemplateLabels)).toList();
  }

  public ContainerTraits traits(String container) {
    return traits.getOrDefault(container, ContainerTraits.PLAIN);
  }

  /**
   * The container of the pod level ({@link ContainerChange#POD}) reads the template's pod-level
   * resources.
   */
  public Optional<ContainerResources> resources(String container) {
    return ContainerChange.POD.equals(container) ? podResources : container(container);
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
    return change.containers().stream()
        .allMatch(
            c ->
                resources(c.container())
                    .map(now -> now.equals(after ? c.after() : c.before()))
                    .orElse(false));
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
