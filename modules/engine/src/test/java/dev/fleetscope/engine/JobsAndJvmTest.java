package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.stats.Runs;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.JvmOptions;
import dev.fleetscope.model.UnitPrices;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Replays on generated histories of short jobs, init containers and JVMs. */
class JobsAndJvmTest {
  private static final int STEP = 60;
  private static final double MIB = 1 << 20;
  private static final long GIB = 1L << 30;

  /**
   * A job of 10 minutes every two hours for 14 days: 0.5 cores, with one minute near 2 cores in
   * each run, and the idle gaps between runs recorded as zeros, as a source that keeps reporting a
   * finished container does: the 168 peak minutes are 0.8% of all minutes.
   */
  private static UsageHistory hourlyJob(long seed) {
    Random random = new Random(seed);
    int n = 14 * 1440;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    for (int start = 0; start + 10 <= n; start += 120) {
      for (int m = 0; m < 10; m++) {
        cpu[start + m] = m == 5 ? 1.9 + 0.1 * random.nextDouble() : 0.5;
        memory[start + m] = (400 + 30 * m + 10 * random.nextDouble()) * MIB;
      }
    }
    return UsageHistory.of(0, STEP, cpu, memory);
  }

  private static ContainerFacts job(ContainerKind kind, boolean batch) {
    return new ContainerFacts(
        Sizing.of(4, Double.POSITIVE_INFINITY, 4 * GIB, 4 * GIB),
        1,
        1,
        Optional.empty(),
        GpuAllocation.NONE,
        "build",
        kind,
        Optional.empty(),
        batch);
  }

  @Test
  void runsAreSplitAtIdleGapsButNotAtAMissedScrape() {
    double nan = Double.NaN;
    double[] cpu = {1, nan, 2, nan, nan, nan, nan, 3, 3};
    Runs runs = Runs.of(cpu, cpu);
    assertEquals(2, runs.count());
    assertEquals(List.of(2.0, 3.0), Arrays.stream(runs.cpuPeaks()).boxed().toList());
    assertEquals(List.of(3, 2), runs.runs().stream().map(Runs.Run::steps).toList());
  }

  @Test
  void aShortJobIsSizedByTheRunsPeaksWhereMinutePercentilesStarveEveryRunAtItsPeak() {
    UsageHistory history = hourlyJob(3);
    Rightsizer rightsizer = new Rightsizer(FleetscopeStrategy.DEFAULT);
    Recommendation byRuns =
        rightsizer.recommend(history, job(ContainerKind.CONTAINER, true), UnitPrices.DEFAULT);
    Recommendation byMinutes =
        rightsizer.recommend(history, job(ContainerKind.CONTAINER, false), UnitPrices.DEFAULT);
    // 336 runs: at most 3 may peak above the request; minutes: 1% of 2016 may, and the peaks are
    // 1/6
    assertTrue(byRuns.proposed().cpuRequest() >= 1.9, byRuns.reason());
    assertTrue(byMinutes.proposed().cpuRequest() < 1.0, byMinutes.reason());
    assertTrue(byRuns.replay().cpuOverRequestShare() <= 1 / 20160.0);
    assertTrue(byMinutes.replay().cpuOverRequestShare() > 0.008);
    assertTrue(
        byRuns.reason().startsWith("Short job (168 runs, median 10 min): CPU "), byRuns.reason());
    assertEquals(0, byRuns.replay().memoryOverLimitSamples());
  }

  @Test
  void anInitContainerIsSizedByItsPeaksToo() {
    Recommendation init =
        new Rightsizer(FleetscopeStrategy.DEFAULT)
            .recommend(hourlyJob(4), job(ContainerKind.INIT, false), UnitPrices.DEFAULT);
    assertTrue(init.reason().startsWith("Short init container"), init.reason());
    assertTrue(init.proposed().cpuRequest() >= 1.9);
  }

  private static UsageHistory flat(double cores, double bytes) {
    double[] cpu = new double[7 * 1440];
    double[] memory = new double[cpu.length];
    Arrays.fill(cpu, cores);
    Arrays.fill(memory, bytes);
    return UsageHistory.of(0, STEP, cpu, memory);
  }

  @Test
  void noStrategyGivesAFixedHeapJvmLessThanItsHeapPlusOverhead() {
    JvmMemory jvm = JvmOptions.of(List.of("-Xmx2g"), "-Xmx2g in JAVA_TOOL_OPTIONS");
    ContainerFacts facts =
        ContainerFacts.of(Sizing.of(2, Double.POSITIVE_INFINITY, 4 * GIB, 4 * GIB)).withJvm(jvm);
    for (Strategy strategy :
        List.of(FleetscopeStrategy.DEFAULT, new VpaStrategy(), PercentileStrategy.DEFAULT)) {
      Recommendation r =
          new Rightsizer(strategy).recommend(flat(0.3, 900 * MIB), facts, UnitPrices.DEFAULT);
      assertEquals(2 * GIB + 628 * (1L << 20), r.proposed().memoryLimit(), strategy.name());
      assertTrue(r.proposed().memoryRequest() >= 2 * GIB, strategy.name());
      assertTrue(
          r.reason().contains("JVM (-Xmx2g in JAVA_TOOL_OPTIONS): memory limit held at 2.61 GiB"),
          r.reason());
    }
  }

  @Test
  void aPercentageHeapJvmIsReplayedWithTheMemoryItWouldTakeAndTheReasonSaysSo() {
    JvmMemory jvm =
        JvmOptions.of(List.of("-XX:MaxRAMPercentage=75"), "-XX:MaxRAMPercentage=75 in JAVA_OPTS");
    ContainerFacts facts =
        ContainerFacts.of(Sizing.of(2, Double.POSITIVE_INFINITY, 4 * GIB, 4 * GIB)).withJvm(jvm);
    UsageHistory history = flat(0.3, 2000 * MIB);
    // at 1 GiB the JVM would take a 768 MiB heap plus 628 MiB beside it: past the limit every
    // minute
    Replay tight =
        Replayer.replay(
            history,
            facts,
            Sizing.of(0.3, Double.POSITIVE_INFINITY, GIB, GIB),
            0,
            UnitPrices.DEFAULT);
    assertEquals(history.size(), tight.memoryOverLimitSamples());
    // at 2.2 GiB the footprint fits, but a 1.65 GiB heap cannot hold the 1.37 GiB... it can; at 1.8
    // GiB it cannot
    Replay small =
        Replayer.replay(
            history,
            facts,
            Sizing.of(0.3, Double.POSITIVE_INFINITY, 2600L << 20, 2600L << 20),
            0,
            UnitPrices.DEFAULT);
    assertEquals(0, small.memoryOverLimitSamples());
    Recommendation r =
        new Rightsizer(FleetscopeStrategy.DEFAULT).recommend(history, facts, UnitPrices.DEFAULT);
    assertEquals(0, r.replay().memoryOverLimitSamples());
    assertTrue(
        r.proposed().memoryLimit() >= 4 * 628 * (1L << 20), "the quarter left holds the overhead");
    assertTrue(r.reason().contains("Its heap is 75% of the limit"), r.reason());
  }
}
