package dev.fleetscope.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContainerStatsTest {
  private static final ContainerRef REF =
      new WorkloadRef("lab", "shop", WorkloadKind.DEPLOYMENT, "api").container("main");

  @Test
  void p95IsTheNearestRankOfTheSortedSamplesWithGapsLeftOut() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      double[] cpu = new double[random.nextInt(1, 3000)];
      for (int i = 0; i < cpu.length; i++) {
        // few distinct values (ties), some gaps
        cpu[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(0, 40) / 8.0;
      }
      double[] present = Arrays.stream(cpu).filter(v -> !Double.isNaN(v)).sorted().toArray();
      ContainerStats stats = ContainerStats.of(usage(cpu));
      if (present.length == 0) {
        assertEquals(ContainerStats.NONE, stats);
        continue;
      }
      double expected = present[Math.max(0, (int) Math.ceil(0.95 * present.length) - 1)];
      assertEquals(expected, stats.cpuP95(), "trial " + trial);
      assertEquals(Arrays.stream(present).average().orElseThrow(), stats.cpuMean(), 1e-12);
    }
  }

  @Test
  void p95OfTwentySamplesIsTheNineteenth() {
    double[] cpu = new double[20];
    Arrays.setAll(cpu, i -> (20 - i) / 10.0); // 2.0, 1.9, ... 0.1
    assertEquals(1.9, ContainerStats.of(usage(cpu)).cpuP95(), 1e-3);
  }

  private static ContainerUsage usage(double[] cpu) {
    Series series =
        Series.of(
            Metric.CPU_CORES, Instant.parse("2026-12-01T00:00:00Z"), Duration.ofMinutes(1), cpu);
    return new ContainerUsage(REF, Map.of(Metric.CPU_CORES, series), Map.of(), List.of());
  }
}
