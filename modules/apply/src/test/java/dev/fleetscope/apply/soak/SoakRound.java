package dev.fleetscope.apply.soak;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.WorkloadChange;
import java.util.List;
import java.util.Map;

/**
 * What round {@code r} of a soak lane changes: every workload from round {@code r - 1}'s values
 * (the originals before round 1) to values of its own, so each round's change is told apart in the
 * cluster.
 */
record SoakRound(int lane, int round) {
  /** The Deployments of one lane: lanes run side by side, each on workloads of its own. */
  static List<String> workloads(int lane) {
    return List.of("l" + lane + "-w0", "l" + lane + "-w1", "l" + lane + "-w2", "l" + lane + "-w3");
  }

  String description() {
    return "soak lane " + lane + " round " + round;
  }

  static final String ORIGINAL_CPU = "1";
  static final String ORIGINAL_MEMORY = "2Gi";

  static String cpu(int round) {
    return round == 0 ? ORIGINAL_CPU : (100 + round) + "m";
  }

  static String memory(int round) {
    return round == 0 ? ORIGINAL_MEMORY : (512 + round) + "Mi";
  }

  /** The api container's resources as {@link SoakApiserver#resources} prints them. */
  static String printed(int round) {
    return cpu(round) + " " + memory(round) + " " + memory(round);
  }

  private static ContainerResources values(int round) {
    return new ContainerResources(
        Map.of("cpu", cpu(round), "memory", memory(round)), Map.of("memory", memory(round)));
  }

  List<PlannedChange> changes() {
    return workloads(lane).stream()
        .map(
            name ->
                PlannedChange.fromPlan(
                    new WorkloadChange(
                        new WorkloadRef(
                            "prod", SoakApiserver.NAMESPACE, WorkloadKind.DEPLOYMENT, name),
                        List.of(new ContainerChange("api", values(round - 1), values(round)))),
                    ApplyMethod.ROLLOUT))
        .toList();
  }
}
