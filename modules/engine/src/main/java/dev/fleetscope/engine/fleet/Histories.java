package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import java.time.Instant;
import java.util.Arrays;

/**
 * Turns the model's per-replica series into the engine's arrays: CPU and memory placed on one grid
 * (the CPU series' step, spanning both), CPU averaged and memory maxed where several samples fall
 * into one step.
 */
public final class Histories {
  private Histories() {}

  public static UsageHistory of(ContainerUsage usage) {
    Series cpu = usage.history(Metric.CPU_CORES);
    Series memory = usage.history(Metric.MEMORY_BYTES);
    long[] ooms = usage.oomKills().stream().mapToLong(Instant::getEpochSecond).toArray();
    if (sameGrid(cpu, memory)) {
      return new UsageHistory(
          cpu.start().getEpochSecond(), cpu.stepSeconds(), cpu.toArray(), memory.toArray(), ooms);
    }
    Series grid = cpu.isEmpty() ? memory : cpu;
    int step = grid.stepSeconds();
    long start = Math.min(startOf(cpu, grid), startOf(memory, grid));
    long end = Math.max(endOf(cpu, grid), endOf(memory, grid));
    int size = (int) Math.ceilDiv(end - start, (long) step);
    double[] cpuCores = place(cpu, start, step, size, false);
    double[] memoryBytes = place(memory, start, step, size, true);
    return new UsageHistory(start, step, cpuCores, memoryBytes, ooms);
  }

  private static boolean sameGrid(Series a, Series b) {
    return a.size() == b.size()
        && a.stepSeconds() == b.stepSeconds()
        && a.start().equals(b.start());
  }

  private static long startOf(Series series, Series grid) {
    return series.isEmpty() ? grid.start().getEpochSecond() : series.start().getEpochSecond();
  }

  private static long endOf(Series series, Series grid) {
    return series.isEmpty() ? grid.end().getEpochSecond() : series.end().getEpochSecond();
  }

  private static double[] place(Series series, long start, int step, int size, boolean peak) {
    double[] out = new double[size];
    int[] counts = new int[size];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < series.size(); i++) {
      double v = series.get(i);
      if (v != v) {
        continue;
      }
      int slot = (int) Math.floorDiv(series.epochSecondAt(i) - start, (long) step);
      if (slot < 0 || slot >= size) {
        continue;
      }
      if (counts[slot]++ == 0) {
        out[slot] = v;
      } else {
        out[slot] = peak ? Math.max(out[slot], v) : out[slot] + (v - out[slot]) / counts[slot];
      }
    }
    return out;
  }
}
