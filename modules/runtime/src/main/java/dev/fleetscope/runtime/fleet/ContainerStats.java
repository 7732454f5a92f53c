package dev.fleetscope.runtime.fleet;

import dev.fleetscope.engine.stats.Select;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;

/**
 * One container's history summed up, per replica: mean and 95th-percentile CPU, peak memory, mean
 * GPU activity (engine activity, which MIG slices report too). NaN where there is no history.
 */
public record ContainerStats(
    double cpuMean, double cpuP95, double memoryPeak, double gpuActivityMean) {
  public static final ContainerStats NONE =
      new ContainerStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /**
   * Reused per thread: 14 days of samples is 160 KB, and every container is summed once a minute.
   */
  private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

  public static ContainerStats of(ContainerUsage usage) {
    Series cpu = usage.history(Metric.CPU_CORES);
    if (cpu.isEmpty()) {
      return NONE;
    }
    double[] values = SCRATCH.get();
    if (values.length < cpu.size()) {
      values = new double[cpu.size()];
      SCRATCH.set(values);
    }
    int n = 0;
    double sum = 0;
    for (int i = 0; i < cpu.size(); i++) {
      double v = cpu.get(i);
      if (!Double.isNaN(v)) {
        values[n++] = v;
        sum += v;
      }
    }
    if (n == 0) {
      return NONE;
    }
    // the value a sort would put at the rank, without sorting 14 days of samples every minute
    double p95 = Select.kth(values, 0, n, Math.max(0, (int) Math.ceil(0.95 * n) - 1));
    return new ContainerStats(
        sum / n,
        p95,
        usage.history(Metric.MEMORY_BYTES).max(),
        mean(usage.history(Metric.GPU_ENGINE_ACTIVE)));
  }

  private static double mean(Series series) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < series.size(); i++) {
      double v = series.get(i);
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
