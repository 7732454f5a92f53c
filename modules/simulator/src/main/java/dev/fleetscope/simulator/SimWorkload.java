package dev.fleetscope.simulator;

import dev.fleetscope.model.HorizontalAutoscaler;
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
    Optional<HorizontalAutoscaler> autoscaler) {

  SimContainer primary() {
    return containers.getFirst();
  }

  SimWorkload withContainers(List<SimContainer> replaced) {
    return new SimWorkload(ref, labels, team, model, replaced, pods, autoscaler);
  }

  SimWorkload withPods(List<SimPod> replaced) {
    return new SimWorkload(ref, labels, team, model, containers, replaced, autoscaler);
  }
}
