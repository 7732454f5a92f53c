package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.Unplaced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The pods of a pool that cannot move, by node, each with its blocker. */
final class Pins {
  private final Map<String, List<String>> byNode = new TreeMap<>();
  private final List<Blocker> blockers = new ArrayList<>();

  static Pins of(List<ScheduledPod> pods, List<PodDisruptionBudget> budgets) {
    Pins pins = new Pins();
    for (ScheduledPod p : pods) {
      if (p.localStorage()) {
        pins.pin(p, Blocker.Kind.LOCAL_STORAGE, "keeps data on the node (local storage)");
        continue;
      }
      budgets.stream()
          .filter(b -> b.disruptionsAllowed() <= 0 && b.workload().equals(p.pod().workload()))
          .findFirst()
          .ifPresent(
              b ->
                  pins.pin(
                      p,
                      Blocker.Kind.DISRUPTION_BUDGET,
                      "PodDisruptionBudget " + b.name() + " allows no disruption now"));
    }
    return pins;
  }

  void pinNoFeasibleNode(List<ScheduledPod> pods, Unplaced unplaced) {
    pods.stream()
        .filter(p -> p.pod().name().equals(unplaced.pod()))
        .findFirst()
        .ifPresent(p -> pin(p, Blocker.Kind.NO_FEASIBLE_NODE, unplaced.reason()));
  }

  private void pin(ScheduledPod pod, Blocker.Kind kind, String detail) {
    byNode.computeIfAbsent(pod.node(), n -> new ArrayList<>()).add(pod.pod().name());
    blockers.add(new Blocker(pod.node(), pod.pod().name(), kind, detail));
  }

  Map<String, List<String>> byNode() {
    return byNode;
  }

  List<Blocker> blockers() {
    return List.copyOf(blockers);
  }
}
