package dev.fleetscope.engine;

import dev.fleetscope.engine.stats.Runs;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Units;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sizes a short job (or an init container) from the peaks of its runs. Per-minute percentiles of a
 * job whose runs last a few minutes, with idle gaps between them, let the budget's share of minutes
 * fall on the one minute each run needs most: the job starves at its peak every run. So the CPU
 * request covers the peak minute of every run but the budget's share of runs (none of fewer than
 * 100), and the memory limit the largest run peak plus headroom: how far the worst run exceeded the
 * median one, 5% to 25% (15% with fewer than 3 runs). Memory never goes below what the minute-based
 * sizing found (it holds trends and OOM kills).
 */
final class RunPeaks {
  /** Runs up to an hour long are short. */
  static final int SHORT_RUN_SECONDS = 3600;

  private RunPeaks() {}

  /** Whether the history is the runs of a short job. */
  static boolean shortRuns(UsageHistory history, Runs runs) {
    return runs.count() > 0
        && (long) runs.medianSteps() * history.stepSeconds() <= SHORT_RUN_SECONDS;
  }

  static Proposal size(
      UsageHistory history,
      ContainerFacts facts,
      RiskBudget budget,
      Runs runs,
      Proposal byMinutes) {
    double cpu =
        Math.max(
            FleetscopeCpu.MIN_CORES,
            Runs.covering(runs.cpuPeaks(), (int) Math.floor(runs.count() * budget.cpuShare())));
    double[] peaks = runs.memoryPeaks();
    double largest = Arrays.stream(peaks).filter(v -> v == v).max().orElse(0);
    double headroom = headroom(peaks);
    long byRuns = Math.max(FleetscopeMemory.MIN_BYTES, (long) Math.ceil(largest * (1 + headroom)));
    long byMinute =
        byMinutes.sizing().limits().memoryBounded() ? byMinutes.sizing().memoryLimit() : 0;
    long memory = Math.max(byRuns, byMinute);
    Sizing current = facts.current();
    double cpuLimit =
        current.limits().cpuBounded()
            ? cpu
                * Math.max(
                    1, current.cpuRequest() > 0 ? current.cpuLimit() / current.cpuRequest() : 1)
            : Double.POSITIVE_INFINITY;
    String reason =
        String.format(
            Locale.ROOT,
            "Short %s (%d runs, median %d min): CPU %s covers the peak minute of %s; memory limit %s"
                + (byMinute > byRuns ? " (the minute-based limit, above" : " =")
                + " largest run peak %s + %s headroom%s.",
            facts.batch() ? "job" : "init container",
            runs.count(),
            Math.round(runs.medianSteps() * history.stepSeconds() / 60.0),
            Units.cores(cpu),
            runs.count() >= 100 ? Units.percent(1 - budget.cpuShare()) + " of runs" : "every run",
            Units.bytes(memory),
            Units.bytes(largest),
            Units.percent(headroom),
            byMinute > byRuns ? ")" : "");
    return new Proposal(
        new Sizing(new Resources(cpu, memory), new Resources(cpuLimit, memory)), reason);
  }

  private static double headroom(double[] peaks) {
    double[] sorted = Arrays.stream(peaks).filter(v -> v == v && v > 0).sorted().toArray();
    if (sorted.length < 3) {
      return FleetscopeMemory.FEW_DAYS_HEADROOM;
    }
    double median = sorted[(sorted.length - 1) / 2];
    return Math.clamp(
        (sorted[sorted.length - 1] - median) / median,
        FleetscopeMemory.MIN_HEADROOM,
        FleetscopeMemory.MAX_HEADROOM);
  }
}
