package dev.fleetscope.simulator;

import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A demo workload: what the model's Workload shows, plus the containers' usage profiles. */
record SimWorkload(
    WorkloadRef ref,
    Map<String, String> labels,
    String team,
    Optional<String> model,
    List<SimContainer> containers,
    List<SimPod> pods,
    Optional<HorizontalAutoscaler> autoscaler,
    SimExtras extras) {

  SimWorkload(
      WorkloadRef ref,
      Map<String, String> labels,
      String team,
      Optional<String> model,
      List<SimContainer> containers,
      List<SimPod> pods,
      Optional<HorizontalAutoscaler> autoscaler) {
    this(ref, labels, team, model, containers, pods, autoscaler, SimExtras.NONE);
  }

  SimContainer primary() {
    return containers.getFirst();
  }

  SimWorkload withContainers(List<SimContainer> replaced) {
    return new SimWorkload(ref, labels, team, model, replaced, pods, autoscaler, extras);
  }

  SimWorkload withPods(List<SimPod> replaced) {
    return new SimWorkload(ref, labels, team, model, containers, replaced, autoscaler, extras);
  }

  SimWorkload withExtras(SimExtras replaced) {
    return new SimWorkload(ref, labels, team, model, containers, pods, autoscaler, replaced);
  }

  /**
   * The workload as the model shows it, with these pods: its containers, HPA, VPA, pod-level
   * resources, init containers and DRA claims.
   */
  Workload asModel(List<Pod> modelPods, Optional<JobRuns> runs) {
    return new Workload(
            ref,
            labels,
            team,
            model,
            pods.size(),
            containers.stream().map(SimContainer::spec).toList(),
            modelPods,
            autoscaler)
        .withVerticalAutoscaler(extras.vpa())
        .withPodResources(extras.podResources())
        .withInitContainers(extras.initContainers())
        .withGpuClaims(containers.stream().map(SimContainer::spec).toList(), extras.gpuClaims())
        .withJobRuns(runs);
  }

  /** What one replica asks of its node, counted as the scheduler counts it ({@link Workload}). */
  Resources requestsPerReplica() {
    return asModel(List.of(), Optional.empty()).requestsPerReplica();
  }
}
