package dev.fleetscope.engine;

import dev.fleetscope.engine.vpa.VpaEstimate;
import dev.fleetscope.engine.vpa.VpaRecommender;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Units;

/**
 * The Kubernetes Vertical Pod Autoscaler's recommender, reproduced (see {@link VpaRecommender}):
 * the request is its target. Limits follow the VPA admission controller's default, which keeps the
 * container's current limit-to-request ratio; where there is no limit the CPU stays unlimited and
 * the memory limit equals the request (a proposal always carries a memory limit).
 */
public record VpaStrategy() implements Strategy {
  public static final String NAME = "vpa";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Proposal propose(UsageHistory history, ContainerFacts facts) {
    VpaEstimate estimate = estimate(history, facts);
    if (allMissing(history.cpuCores())) {
      return new Proposal(
          facts.current(), "No CPU samples: keeps the current requests and limits.");
    }
    double cpu = estimate.targetMillicores() / 1000.0;
    long memory = estimate.targetBytes();
    Sizing current = facts.current();
    double cpuLimit =
        current.limits().cpuBounded() && current.cpuRequest() > 0
            ? cpu * current.cpuLimit() / current.cpuRequest()
            : Double.POSITIVE_INFINITY;
    long memoryLimit =
        current.limits().memoryBounded() && current.memoryRequest() > 0
            ? (long) Math.ceil(memory * ((double) current.memoryLimit() / current.memoryRequest()))
            : memory;
    String reason =
        "VPA target: CPU p90 +15% = "
            + Words.cores(cpu)
            + " (bounds "
            + Words.cores(estimate.lowerMillicores() / 1000.0)
            + " to "
            + Words.cores(estimate.upperMillicores() / 1000.0)
            + "), memory p90 of daily peaks +15% = "
            + Units.bytes(memory)
            + (history.oomKillEpochSeconds().length > 0 ? ", OOM kills bumped" : "")
            + ".";
    return new Proposal(
        new Sizing(new Resources(cpu, memory), new Resources(cpuLimit, memoryLimit)), reason);
  }

  /** The target and bounds, for callers that show them. */
  public VpaEstimate estimate(UsageHistory history, ContainerFacts facts) {
    long cpuRequest = Math.round(facts.current().cpuRequest() * 1000);
    return VpaRecommender.estimate(
        history, cpuRequest, facts.current().memoryRequest(), facts.containersPerPod());
  }

  private static boolean allMissing(double[] values) {
    for (double v : values) {
      if (v == v) {
        return false;
      }
    }
    return true;
  }
}
