package dev.fleetscope.engine;

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
 * @param savings requested capacity given back and its monthly worth
 */
public record Replay(
    int cpuSamples,
    double cpuOverRequestShare,
    double cpuOverLimitShare,
    int memorySamples,
    long memoryOverLimitSamples,
    Savings savings) {

  /** Whether the replay stays within a risk budget. */
  public boolean within(RiskBudget budget) {
    return cpuOverRequestShare <= budget.cpuShare()
        && memoryOverLimitSamples <= budget.memorySamples();
  }
}
