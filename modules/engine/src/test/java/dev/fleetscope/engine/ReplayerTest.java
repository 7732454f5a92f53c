package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.UnitPrices;
import org.junit.jupiter.api.Test;

class ReplayerTest {
  private static final long MIB = 1L << 20;

  @Test
  void countsSamplesAboveTheProposedRequestLimitAndMemoryLimitExactly() {
    // CPU: 4 samples (one step missing); 0.5 and 0.9 exceed the 0.4 request, only 0.9 the 0.8
    // limit.
    // Memory: 5 samples; 600 and 700 MiB exceed the 512 MiB limit (512 itself does not).
    UsageHistory history =
        UsageHistory.of(
            0,
            60,
            new double[] {0.1, 0.5, Double.NaN, 0.9, 0.3},
            new double[] {100.0 * MIB, 512.0 * MIB, 600.0 * MIB, 700.0 * MIB, 200.0 * MIB});
    Replay replay =
        Replayer.replay(
            history,
            ContainerFacts.of(Sizing.UNSET),
            Sizing.of(0.4, 0.8, 512 * MIB, 512 * MIB),
            0,
            UnitPrices.DEFAULT);
    assertEquals(4, replay.cpuSamples());
    assertEquals(0.5, replay.cpuOverRequestShare(), 0.0);
    assertEquals(0.25, replay.cpuOverLimitShare(), 0.0);
    assertEquals(5, replay.memorySamples());
    assertEquals(2, replay.memoryOverLimitSamples());
  }

  @Test
  void aRecordedOomKillCountsAgainWhenTheProposedLimitIsNoHigher() {
    // Killed at step 1 (sample capped at the 512 MiB limit); a 400 MiB proposal kills there again,
    // once.
    UsageHistory history =
        new UsageHistory(
            0,
            60,
            new double[] {0.1, 0.1, 0.1},
            new double[] {300.0 * MIB, 512.0 * MIB, 300.0 * MIB},
            new long[] {90});
    ContainerFacts facts =
        ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, 512 * MIB, 512 * MIB));
    assertEquals(
        1,
        Replayer.replay(
                history,
                facts,
                Sizing.of(0.5, Double.POSITIVE_INFINITY, 400 * MIB, 400 * MIB),
                0,
                UnitPrices.DEFAULT)
            .memoryOverLimitSamples());
    assertEquals(
        1,
        Replayer.replay(
                history,
                facts,
                Sizing.of(0.5, Double.POSITIVE_INFINITY, 512 * MIB, 512 * MIB),
                0,
                UnitPrices.DEFAULT)
            .memoryOverLimitSamples());
    assertEquals(
        0,
        Replayer.replay(
                history,
                facts,
                Sizing.of(0.5, Double.POSITIVE_INFINITY, 700 * MIB, 700 * MIB),
                0,
                UnitPrices.DEFAULT)
            .memoryOverLimitSamples());
  }

  @Test
  void savingsAreRequestsGivenBackTimesReplicasAtUnitPrices() {
    // 3 replicas from 1 core / 1 GiB to 0.5 core / 512 MiB: 1.5 cores and 1.5 GiB back,
    // (1.5 * 0.031611 + 1.5 * 0.004237) * 730 = 39.25356 USD a month.
    ContainerFacts facts =
        new ContainerFacts(
            Sizing.of(1, Double.POSITIVE_INFINITY, 1024 * MIB, 1024 * MIB),
            3,
            1,
            java.util.Optional.empty(),
            dev.fleetscope.model.GpuAllocation.NONE);
    UsageHistory history = UsageHistory.of(0, 60, new double[] {0.2}, new double[] {100.0 * MIB});
    Savings savings =
        Replayer.replay(
                history,
                facts,
                Sizing.of(0.5, Double.POSITIVE_INFINITY, 512 * MIB, 512 * MIB),
                0,
                UnitPrices.DEFAULT)
            .savings();
    assertEquals(1.5, savings.cores(), 0.0);
    assertEquals(1536 * MIB, savings.bytes());
    assertEquals(39.25356, savings.perMonth(), 1e-9);
    assertEquals("USD", savings.currency().getCurrencyCode());
  }

  @Test
  void judgesAReplayAgainstABudget() {
    Savings none = new Savings(0, 0, 0, 0, UnitPrices.DEFAULT.currency());
    assertTrue(new Replay(100, 0.01, 0, 100, 0, none).within(RiskBudget.DEFAULT));
    assertFalse(new Replay(100, 0.02, 0, 100, 0, none).within(RiskBudget.DEFAULT));
    assertFalse(new Replay(100, 0, 0, 100, 1, none).within(RiskBudget.DEFAULT));
  }
}
