package dev.fleetscope.engine;

/**
 * How much risk a user accepts from a proposal, judged by replaying the history against it.
 *
 * @param cpuShare the share of CPU samples allowed above the CPU request (starved when the node is
 *     busy) or above the limit (throttled); default 1%
 * @param memorySamples how many memory samples may exceed the memory limit (each is an OOM kill);
 *     default none
 */
public record RiskBudget(double cpuShare, int memorySamples) {
  public static final RiskBudget DEFAULT = new RiskBudget(0.01, 0);

  public RiskBudget {
    if (!(cpuShare >= 0 && cpuShare < 1) || memorySamples < 0) {
      throw new IllegalArgumentException(
          "the CPU share lies in [0, 1) and the memory samples are not negative, were "
              + cpuShare
              + " and "
              + memorySamples);
    }
  }
}
