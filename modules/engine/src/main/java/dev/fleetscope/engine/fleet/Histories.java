package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  /**
   * The histories of several containers on one grid (the first CPU series' step, spanning them
   * all). Summed, they are a pod sized as a whole (the sum of the containers' peaks is at least the
   * pod's peak); otherwise they are the runs of one workload, concatenated, and where two runs
   * overlap CPU is averaged and memory maxed, as per replica.
   */
  public static UsageHistory combine(List<ContainerUsage> usages, boolean sum) {
    List<Series> cpus =
        usages.stream().map(u -> u.history(Metric.CPU_CORES)).filter(x -> !x.isEmpty()).toList();
    if (cpus.isEmpty()) {
      return UsageHistory.of(0, 60, new double[0], new double[0]);
    }
    int step = cpus.getFirst().stepSeconds();
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (ContainerUsage u : usages) {
      for (Metric m : List.of(Metric.CPU_CORES, Metric.MEMORY_BYTES)) {
        Series series = u.history(m);
        if (!series.isEmpty()) {
          start = Math.min(start, series.start().getEpochSecond());
          end = Math.max(end, series.end().getEpochSecond());
        }
      }
    }
    int size = (int) Math.ceilDiv(end - start, (long) step);
    double[] cpu = new double[size];
    double[] memory = new double[size];
    int[] counts = new int[size];
    Arrays.fill(cpu, Double.NaN);
    Arrays.fill(memory, Double.NaN);
    List<Long> ooms = new ArrayList<>();
    for (ContainerUsage u : usages) {
      double[] c = place(u.history(Metric.CPU_CORES), start, step, size, false);
      double[] m = place(u.history(Metric.MEMORY_BYTES), start, step, size, true);
      for (int i = 0; i < size; i++) {
        if (c[i] == c[i]) {
          counts[i]++;
          cpu[i] =
              cpu[i] != cpu[i] ? c[i] : sum ? cpu[i] + c[i] : cpu[i] + (c[i] - cpu[i]) / counts[i];
        }
        if (m[i] == m[i]) {
          memory[i] =
              memory[i] != memory[i] ? m[i] : sum ? memory[i] + m[i] : Math.max(memory[i], m[i]);
        }
      }
      u.oomKills().forEach(k -> ooms.add(k.getEpochSecond()));
    }
    return new UsageHistory(
        start, step, cpu, memory, ooms.stream().mapToLong(Long::longValue).distinct().toArray());
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
