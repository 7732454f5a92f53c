package dev.fleetscope.engine.vpa;

import dev.fleetscope.engine.UsageHistory;
import java.util.Arrays;

/**
 * The VPA recommender's algorithm ({@code logic/recommender.go}, {@code logic/estimator.go}) fed
 * with one container's history as its cluster feeder would feed it: CPU samples in time order,
 * memory samples into 24-hour peak windows, OOM kills as they happen. Estimates:
 *
 * <ul>
 *   <li>target: CPU p90 and memory-peak p90, plus the 15% safety margin;
 *   <li>lower bound: p50 plus margin, times {@code (1 + 0.001/confidence)^-2};
 *   <li>upper bound: p95 plus margin, times {@code 1 + 1/confidence};
 *   <li>each at least the pod minimum (25 millicores, 250 MiB) divided among the pod's containers.
 * </ul>
 *
 * Every step truncates to whole millicores or bytes, as the VPA's integer amounts do.
 */
public final class VpaRecommender {
  static final double SAFETY_MARGIN = 0.15;
  static final double POD_MIN_CPU_MILLICORES = 25;
  static final double POD_MIN_MEMORY_MB = 250;

  private VpaRecommender() {}

  /**
   * @param cpuRequestMillicores the CPU request every CPU sample is weighted by (the VPA uses the
   *     request at the time of each sample; the history here knows only the current one)
   * @param memoryRequestBytes the memory request an OOM kill is bumped from
   */
  public static VpaEstimate estimate(
      UsageHistory history,
      long cpuRequestMillicores,
      long memoryRequestBytes,
      int containersPerPod) {
    AggregateState state = aggregate(history, cpuRequestMillicores, memoryRequestBytes);
    return estimate(state, containersPerPod);
  }

  static AggregateState aggregate(
      UsageHistory history, long cpuRequestMillicores, long memoryRequestBytes) {
    AggregateState state = new AggregateState();
    double[] cpu = history.cpuCores();
    for (int i = 0; i < cpu.length; i++) {
      if (cpu[i] == cpu[i]) {
        state.addCpuSample(
            history.epochSecondAt(i), VpaAmounts.millicores(cpu[i]), cpuRequestMillicores);
      }
    }
    MemoryWindow window = new MemoryWindow(state.memoryPeaks);
    long[] ooms = history.oomKillEpochSeconds().clone();
    Arrays.sort(ooms);
    int nextOom = 0;
    double[] memory = history.memoryBytes();
    for (int i = 0; i < memory.length; i++) {
      long at = history.epochSecondAt(i);
      while (nextOom < ooms.length && ooms[nextOom] < at) {
        window.recordOom(ooms[nextOom++], memoryRequestBytes);
      }
      if (memory[i] == memory[i]) {
        window.addSample(at, VpaAmounts.fromFloat(memory[i]));
      }
    }
    while (nextOom < ooms.length) {
      window.recordOom(ooms[nextOom++], memoryRequestBytes);
    }
    return state;
  }

  static VpaEstimate estimate(AggregateState state, int containersPerPod) {
    double fraction = 1.0 / containersPerPod;
    long minCpu =
        MemoryWindow.scale(VpaAmounts.millicores(POD_MIN_CPU_MILLICORES * 0.001), fraction);
    long minMemory =
        MemoryWindow.scale(VpaAmounts.fromFloat(POD_MIN_MEMORY_MB * 1024 * 1024), fraction);
    double confidence = state.confidenceDays();
    double upperFactor = Math.pow(1 + 1.0 / confidence, 1.0);
    double lowerFactor = Math.pow(1 + 0.001 / confidence, -2.0);
    return new VpaEstimate(
        Math.max(minCpu, withMargin(cpu(state, 0.90))),
        Math.max(minMemory, withMargin(memory(state, 0.90))),
        Math.max(minCpu, MemoryWindow.scale(withMargin(cpu(state, 0.50)), lowerFactor)),
        Math.max(minMemory, MemoryWindow.scale(withMargin(memory(state, 0.50)), lowerFactor)),
        Math.max(minCpu, MemoryWindow.scale(withMargin(cpu(state, 0.95)), upperFactor)),
        Math.max(minMemory, MemoryWindow.scale(withMargin(memory(state, 0.95)), upperFactor)),
        confidence);
  }

  private static long cpu(AggregateState state, double percentile) {
    return VpaAmounts.millicores(state.cpu.percentile(percentile));
  }

  private static long memory(AggregateState state, double percentile) {
    return VpaAmounts.fromFloat(state.memoryPeaks.percentile(percentile));
  }

  /** {@code marginEstimator}: the amount plus the truncated margin. */
  static long withMargin(long amount) {
    return amount + MemoryWindow.scale(amount, SAFETY_MARGIN);
  }
}
