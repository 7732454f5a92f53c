package dev.fleetscope.engine;

import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Units;
import java.util.OptionalDouble;

/**
 * Keeps a request from being lowered into an HPA's scale-out loop (KRR#80). An HPA that scales on
 * the utilization of a request holds each replica's use near {@code target × request}: a request
 * sized to that use is smaller than the one before, the HPA adds replicas, each uses less, the next
 * recommendation shrinks again, and nothing is saved (the replicas' requests add up to the load
 * over the target either way). So, whatever the strategy, the HPA is replayed on the recorded load
 * ({@link HpaReplays}) for requests from the proposed one up to the current one, each costing its
 * mean replicas times the request, and the request kept is the largest that costs within 2% of the
 * least: what a lower request saves (an HPA idling at its minimum replicas) is taken, and where the
 * HPA is in control, so that a lower request only buys replicas, the request is not lowered. For
 * memory the limit follows the request.
 */
final class AutoscalerFloor {
  private static final int CANDIDATES = 32;
  private static final double NEAR_LEAST = 1.02;

  private AutoscalerFloor() {}

  static Proposal hold(Proposal proposal, UsageHistory history, ContainerFacts facts) {
    Sizing sizing = proposal.sizing();
    StringBuilder reason = new StringBuilder(proposal.reason());
    OptionalDouble cpu = facts.utilizationTarget("cpu");
    if (cpu.isPresent()) {
      double held =
          floor(
              history,
              history.cpuCores(),
              facts,
              facts.current().cpuRequest(),
              sizing.cpuRequest(),
              cpu.getAsDouble());
      if (held > sizing.cpuRequest()) {
        double ratio = sizing.limits().cpuBounded() ? sizing.cpuLimit() / sizing.cpuRequest() : 1;
        sizing =
            new Sizing(
                sizing.requests().withCpu(held),
                sizing.limits().cpuBounded()
                    ? sizing.limits().withCpu(held * ratio)
                    : sizing.limits());
        reason.append(floorReason("CPU", Units.cores(held), cpu.getAsDouble()));
      }
    }
    OptionalDouble memory = facts.utilizationTarget("memory");
    if (memory.isPresent()) {
      long held =
          (long)
              Math.ceil(
                  floor(
                      history,
                      history.memoryBytes(),
                      facts,
                      facts.current().memoryRequest(),
                      sizing.memoryRequest(),
                      memory.getAsDouble()));
      if (held > sizing.memoryRequest()) {
        Resources limits =
            sizing.limits().memoryBounded() && sizing.memoryLimit() < held
                ? sizing.limits().withMemory(held)
                : sizing.limits();
        sizing = new Sizing(sizing.requests().withMemory(held), limits);
        reason.append(floorReason("Memory", Units.bytes(held), memory.getAsDouble()));
      }
    }
    return sizing == proposal.sizing() ? proposal : new Proposal(sizing, reason.toString());
  }

  /** The largest request from {@code proposed} up to {@code current} that costs about the least. */
  private static double floor(
      UsageHistory history,
      double[] use,
      ContainerFacts facts,
      double current,
      double proposed,
      double target) {
    if (!(proposed > 0 && proposed < current)) {
      return proposed;
    }
    double[] requests = new double[CANDIDATES + 1];
    double[] costs = new double[CANDIDATES + 1];
    double least = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= CANDIDATES; i++) {
      requests[i] = proposed * Math.pow(current / proposed, i / (double) CANDIDATES);
      costs[i] = HpaReplays.meanReplicas(history, use, facts, requests[i], target) * requests[i];
      least = Math.min(least, costs[i]);
    }
    for (int i = CANDIDATES; i >= 0; i--) {
      if (costs[i] <= least * NEAR_LEAST) {
        return requests[i];
      }
    }
    return proposed;
  }

  private static String floorReason(String resource, String floor, double target) {
    return " "
        + resource
        + " request held at "
        + floor
        + ": an HPA scales at "
        + Units.percent(target)
        + " of it, and below that it would add replicas for no saving on the recorded load (a"
        + " scale-out loop).";
  }
}
