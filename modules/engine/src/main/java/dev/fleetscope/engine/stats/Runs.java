package dev.fleetscope.engine.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs in a batch history: stretches of steps with a sample, separated by idle gaps (more than
 * {@link #GAP_STEPS} steps without one, so a missed scrape does not split a run), each with its
 * peak CPU and memory. A job is sized by what its runs peaked at, not by percentiles of minutes
 * that mix runs with idle gaps.
 */
public record Runs(List<Run> runs) {
  public static final int GAP_STEPS = 2;

  public Runs {
    runs = List.copyOf(runs);
  }

  /** One run: its first step, its length in steps, and its peaks. */
  public record Run(int start, int steps, double cpuPeak, double memoryPeak) {}

  public static Runs of(double[] cpu, double[] memory) {
    List<Run> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    double cpuPeak = Double.NaN;
    double memoryPeak = Double.NaN;
    for (int i = 0; i < cpu.length; i++) {
      boolean sampled = cpu[i] > 0 || memory[i] > 0; // NaN and 0: no container ran
      if (!sampled) {
        continue;
      }
      if (start >= 0 && i - last > GAP_STEPS + 1) {
        runs.add(new Run(start, last - start + 1, cpuPeak, memoryPeak));
        start = -1;
      }
      if (start < 0) {
        start = i;
        cpuPeak = Double.NaN;
        memoryPeak = Double.NaN;
      }
      cpuPeak = max(cpuPeak, cpu[i]);
      memoryPeak = max(memoryPeak, memory[i]);
      last = i;
    }
    if (start >= 0) {
      runs.add(new Run(start, last - start + 1, cpuPeak, memoryPeak));
    }
    return new Runs(runs);
  }

  public int count() {
    return runs.size();
  }

  /** The median run length in steps; 0 without runs. */
  public int medianSteps() {
    int[] steps = runs.stream().mapToInt(Run::steps).sorted().toArray();
    return steps.length == 0 ? 0 : steps[(steps.length - 1) / 2];
  }

  /**
   * The smallest value that at most {@code allowed} runs' peaks exceed: the {@code allowed + 1}-th
   * largest peak (the smallest peak when fewer runs than that).
   */
  public static double covering(double[] peaks, int allowed) {
    double[] sorted = java.util.Arrays.stream(peaks).filter(v -> v == v).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.max(0, sorted.length - 1 - allowed)];
  }

  public double[] cpuPeaks() {
    return runs.stream().mapToDouble(Run::cpuPeak).toArray();
  }

  public double[] memoryPeaks() {
    return runs.stream().mapToDouble(Run::memoryPeak).toArray();
  }

  private static double max(double a, double b) {
    return b == b && !(b <= a) ? b : a;
  }
}
