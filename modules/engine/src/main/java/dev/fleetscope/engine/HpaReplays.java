package dev.fleetscope.engine;

import dev.fleetscope.engine.hpa.HpaReplay;
import dev.fleetscope.engine.hpa.HpaSimulator;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.ScalingMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The HPA replay of a proposal: where an HPA scales on the utilization of this container's CPU or
 * memory request, the replicas it would have run with the current request and with the proposed one
 * (with both, the larger count each step, as the HPA takes the largest of its metrics).
 */
final class HpaReplays {
  private HpaReplays() {}

  /** The mean replicas the HPA would run with this request, on the recorded load. */
  static double meanReplicas(
      UsageHistory history, double[] use, ContainerFacts facts, double request, double target) {
    return HpaSimulator.mean(simulate(history, use, facts, request, target));
  }

  static Optional<HpaReplay> of(UsageHistory history, ContainerFacts facts, Sizing proposed) {
    if (facts.autoscaler().isEmpty()) {
      return Optional.empty();
    }
    HorizontalAutoscaler hpa = facts.autoscaler().get();
    OptionalDouble cpu = facts.utilizationTarget("cpu");
    OptionalDouble memory = facts.utilizationTarget("memory");
    if (cpu.isEmpty() && memory.isEmpty()) {
      return Optional.empty();
    }
    int[] now = new int[history.size()];
    int[] then = new int[history.size()];
    List<String> resources = new ArrayList<>();
    double target = 0;
    if (cpu.isPresent()) {
      resources.add("cpu");
      target = cpu.getAsDouble();
      merge(
          now, simulate(history, history.cpuCores(), facts, facts.current().cpuRequest(), target));
      merge(then, simulate(history, history.cpuCores(), facts, proposed.cpuRequest(), target));
    }
    if (memory.isPresent()) {
      resources.add("memory");
      target = cpu.isPresent() ? target : memory.getAsDouble();
      double t = memory.getAsDouble();
      merge(
          now, simulate(history, history.memoryBytes(), facts, facts.current().memoryRequest(), t));
      merge(then, simulate(history, history.memoryBytes(), facts, proposed.memoryRequest(), t));
    }
    String others =
        hpa.otherMetrics(facts.container()).stream()
            .map(ScalingMetric::describe)
            .collect(Collectors.joining(", "));
    return Optional.of(
        new HpaReplay(
            String.join(" and ", resources),
            target,
            HpaSimulator.mean(now),
            HpaSimulator.max(now),
            HpaSimulator.mean(then),
            HpaSimulator.max(then),
            others));
  }

  private static int[] simulate(
      UsageHistory history, double[] use, ContainerFacts facts, double request, double target) {
    return HpaSimulator.replicas(
        use,
        facts.replicas(),
        request,
        target,
        facts.autoscaler().orElseThrow(),
        history.stepSeconds());
  }

  private static void merge(int[] into, int[] replicas) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.max(into[i], replicas[i]);
    }
  }
}
