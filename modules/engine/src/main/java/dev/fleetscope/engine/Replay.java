package dev.fleetscope.engine;

import dev.fleetscope.engine.hpa.HpaReplay;
import java.util.Optional;

/**
 * What a proposal would have done to a history.
 *
 * @param cpuSamples the CPU samples replayed (steps with a sample)
 * @param cpuOverRequestShare the share of them above the proposed request: starved when the node is
 *     busy
 * @param cpuOverLimitShare the share above the proposed limit: throttled (0 without a limit)
 * @param memorySamples the memory samples replayed
 * @param memoryOverLimitSamples memory samples above the proposed limit, plus recorded OOM kills at
 *     a limit no lower than the proposed one: each a would-be OOM kill
 * @param savings requested capacity given back and its monthly worth, at the replicas that ran
 * @param hpa where an HPA scales on the utilization of the request, the replicas it would have run
 *     with the request now and with the proposed one
 */
public record Replay(
    int cpuSamples,
    double cpuOverRequestShare,
    double cpuOverLimitShare,
    int memorySamples,
    long memoryOverLimitSamples,
    Savings savings,
    Optional<HpaReplay> hpa) {

  public Replay(
      int cpuSamples,
      double cpuOverRequestShare,
      double cpuOverLimitShare,
      int memorySamples,
      long memoryOverLimitSamples,
      Savings savings) {
    this(
        cpuSamples,
        cpuOverRequestShare,
        cpuOverLimitShare,
        memorySamples,
        memoryOverLimitSamples,
        savings,
        Optional.empty());
  }

  /** Whether the replay stays within a risk budget. */
  public boolean within(RiskBudget budget) {
    return cpuOverRequestShare <= budget.cpuShare()
        && memoryOverLimitSamples <= budget.memorySamples();
  }
}
