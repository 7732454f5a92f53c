package dev.fleetscope.engine;

import dev.fleetscope.engine.stats.LinearPercentile;
import dev.fleetscope.model.Units;

/**
 * KRR's {@code simple} strategy: CPU request = the given percentile of the CPU samples (numpy's
 * linear interpolation), no CPU limit; memory request = limit = the largest memory sample times
 * {@code 1 + buffer}. Floors apply only when asked for; nothing is rounded.
 *
 * @param cpuPercentile 0..100, KRR's default 95
 * @param memoryBuffer the fraction added to the memory peak, KRR's default 0.15
 * @param minCpu the smallest CPU request proposed, in cores (0 for none)
 * @param minMemory the smallest memory proposed, in bytes (0 for none)
 */
public record PercentileStrategy(
    double cpuPercentile, double memoryBuffer, double minCpu, long minMemory) implements Strategy {
  public static final String NAME = "percentile";
  public static final PercentileStrategy DEFAULT = new PercentileStrategy(95, 0.15, 0, 0);

  public PercentileStrategy {
    if (!(cpuPercentile > 0 && cpuPercentile <= 100)) {
      throw new IllegalArgumentException(
          "the CPU percentile lies in (0, 100], was " + cpuPercentile);
    }
    if (!(memoryBuffer >= 0) || !(minCpu >= 0) || minMemory < 0) {
      throw new IllegalArgumentException("memory buffer and minimums must not be negative");
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Proposal propose(UsageHistory history, ContainerFacts facts) {
    double cpu = LinearPercentile.of(history.cpuCores(), cpuPercentile);
    double peak = max(history.memoryBytes());
    if (Double.isNaN(cpu) || Double.isNaN(peak)) {
      return new Proposal(
          facts.current(), "No usage samples: keeps the current requests and limits.");
    }
    double request = Math.max(cpu, minCpu);
    long memory = Math.max((long) Math.ceil(peak * (1 + memoryBuffer)), minMemory);
    String reason =
        String.format(
            java.util.Locale.ROOT,
            "CPU p%s %s, no limit; memory peak %s + %s = %s",
            trim(cpuPercentile),
            Words.cores(cpu),
            Units.bytes(peak),
            Units.percent(memoryBuffer),
            Units.bytes(memory));
    return new Proposal(Sizing.of(request, Double.POSITIVE_INFINITY, memory, memory), reason + ".");
  }

  static double max(double[] values) {
    double max = Double.NaN;
    for (double v : values) {
      if (v == v && !(v <= max)) {
        max = v;
      }
    }
    return max;
  }

  private static String trim(double percentile) {
    return percentile == Math.rint(percentile)
        ? Long.toString((long) percentile)
        : Double.toString(percentile);
  }
}
