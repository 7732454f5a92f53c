package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PercentileStrategyTest {
  private static final ContainerFacts FACTS =
      ContainerFacts.of(Sizing.of(1, 2, 1L << 30, 1L << 30));

  @Test
  void cpuRequestIsTheNumpyPercentileAndMemoryThePeakPlusBuffer() {
    // CPU numpy.percentile([0.12, ..., 0.39], 95) = 0.8514999999999999; memory max 2e8 * 1.15 =
    // 2.3e8 bytes.
    double[] cpu = {0.12, 0.57, 0.33, 0.91, 0.45, 0.27, 0.78, 0.05, 0.66, 0.39};
    double[] memory = {1e8, 1.5e8, 2e8, 1.2e8, 1e8, 1e8, 1e8, 1e8, 1e8, 1e8};
    Sizing sizing =
        PercentileStrategy.DEFAULT.propose(UsageHistory.of(0, 60, cpu, memory), FACTS).sizing();
    assertEquals(0.8514999999999999, sizing.cpuRequest(), 0.0);
    assertFalse(sizing.limits().cpuBounded());
    assertEquals(230_000_000L, sizing.memoryRequest());
    assertEquals(230_000_000L, sizing.memoryLimit());
  }

  @Test
  void honoursTheChosenPercentileAndBuffer() {
    // numpy.percentile([1, 2, 3, 4], 50) = 2.5; memory 1000 * 1.5 = 1500.
    PercentileStrategy strategy = new PercentileStrategy(50, 0.5, 0, 0);
    Sizing sizing =
        strategy
            .propose(
                UsageHistory.of(
                    0, 60, new double[] {1, 2, 3, 4}, new double[] {1000, 500, Double.NaN, 700}),
                FACTS)
            .sizing();
    assertEquals(2.5, sizing.cpuRequest(), 0.0);
    assertEquals(1500, sizing.memoryLimit());
  }

  @Test
  void floorsApplyOnlyWhenAskedFor() {
    UsageHistory idle =
        UsageHistory.of(0, 60, new double[] {0.001, 0.002}, new double[] {1e6, 1e6});
    assertEquals(
        0.00195, PercentileStrategy.DEFAULT.propose(idle, FACTS).sizing().cpuRequest(), 1e-15);
    Sizing floored = new PercentileStrategy(95, 0.15, 0.1, 64L << 20).propose(idle, FACTS).sizing();
    assertEquals(0.1, floored.cpuRequest(), 0.0);
    assertEquals(64L << 20, floored.memoryLimit());
  }

  @Test
  void keepsTheCurrentSizingWithoutSamples() {
    UsageHistory empty =
        UsageHistory.of(0, 60, new double[] {Double.NaN}, new double[] {Double.NaN});
    assertEquals(FACTS.current(), PercentileStrategy.DEFAULT.propose(empty, FACTS).sizing());
  }
}
