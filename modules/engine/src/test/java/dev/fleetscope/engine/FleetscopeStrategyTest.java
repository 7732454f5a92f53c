package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.testing.SyntheticTraces;
import dev.fleetscope.engine.testing.SyntheticTraces.Trace;
import dev.fleetscope.model.UnitPrices;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FleetscopeStrategyTest {
  private static final FleetscopeStrategy STRATEGY = FleetscopeStrategy.DEFAULT;
  private static final double MIB = 1 << 20;

  @Test
  void steadyContainerReplaysWithinTheBudget() {
    Trace trace = SyntheticTraces.diurnal(7);
    Recommendation r =
        new Rightsizer(STRATEGY).recommend(trace.history(), trace.facts(), UnitPrices.DEFAULT);
    assertTrue(r.replay().within(RiskBudget.DEFAULT), r.replay().toString());
    assertTrue(r.replay().savings().perMonth() > 0);
  }

  @Test
  void aTighterBudgetGivesALargerRequest() {
    Trace trace = SyntheticTraces.diurnal(7);
    double loose =
        STRATEGY
            .withBudget(new RiskBudget(0.05, 0))
            .propose(trace.history(), trace.facts())
            .sizing()
            .cpuRequest();
    double tight =
        STRATEGY
            .withBudget(new RiskBudget(0.001, 0))
            .propose(trace.history(), trace.facts())
            .sizing()
            .cpuRequest();
    assertTrue(tight > loose);
  }

  @Test
  void memoryLimitCoversThePeakWithHeadroomAndEqualsTheRequest() {
    // Constant 100 MiB with one 200 MiB step on day 3 of 5: daily peaks 100,100,200,100,100 -> the
    // worst day
    // exceeds the median by 100%, capped at 25% headroom: 250 MiB.
    double[] memory = new double[5 * 1440];
    Arrays.fill(memory, 100 * MIB);
    memory[2 * 1440 + 5] = 200 * MIB;
    UsageHistory history = UsageHistory.of(0, 60, constant(memory.length, 0.5), memory);
    Sizing sizing = STRATEGY.propose(history, ContainerFacts.of(Sizing.UNSET)).sizing();
    assertEquals((long) Math.ceil(200 * MIB * 1.25), sizing.memoryLimit());
    assertEquals(sizing.memoryLimit(), sizing.memoryRequest());
  }

  @Test
  void projectsAMemoryLeakOverTheHorizon() {
    // 5%/day for 10 days: the limit must hold the peak 7 days on, about 1.05^7 = 1.41 times the
    // last peak.
    Trace trace = SyntheticTraces.leaky(3);
    UsageHistory seen = trace.history().slice(0, 10 * 1440);
    Proposal proposal = STRATEGY.propose(seen, trace.facts());
    double lastPeak = Arrays.stream(seen.memoryBytes(), 9 * 1440, 10 * 1440).max().orElseThrow();
    assertTrue(proposal.sizing().memoryLimit() > lastPeak * Math.pow(1.05, 7), proposal.reason());
    assertTrue(proposal.reason().contains("memory grows 5."), proposal.reason());
  }

  @Test
  void anOomKillRaisesTheLimitAboveTheOneItWasKilledAt() {
    Trace trace = SyntheticTraces.oomKilled(5);
    UsageHistory seen = trace.history().slice(0, 10 * 1440);
    Proposal proposal = STRATEGY.propose(seen, trace.facts());
    // 512 MiB bumped by 20% (more than 100 MiB), then 15% headroom: ceil(614.4 MiB * 1.15).
    long bumped = (long) Math.ceil(512 * MIB * 1.2);
    assertEquals((long) Math.ceil(bumped * 1.15), proposal.sizing().memoryLimit());
    assertTrue(
        proposal.reason().startsWith("CPU") && proposal.reason().contains("OOM-killed 10x"),
        proposal.reason());
  }

  @Test
  void underAnHpaOnCpuTheRequestKeepsTypicalUseAtTheTarget() {
    // Per-replica use hovers at 0.7 cores under a 70% target: the request stays at about 1 core
    // instead of
    // shrinking toward the use (which would make the HPA add replicas and the next proposal shrink
    // again).
    Trace trace = SyntheticTraces.hpaScaled(9);
    Proposal proposal = STRATEGY.propose(trace.history(), trace.facts());
    assertEquals(1.0, proposal.sizing().cpuRequest(), 0.02);
    assertTrue(proposal.reason().startsWith("HPA scales at 70% CPU"), proposal.reason());
  }

  @Test
  void recentDaysWeighMoreThanOldOnes() {
    // Busy (1 core) for the first 7 days, 0.2 cores for the last 7: with a 3-day half-life the old
    // days carry
    // 2^-(7/3) = 20% of the weight, more than the 1% budget, so the request stays busy-sized; with
    // the budget at
    // 25% the recent week decides.
    double[] cpu = new double[14 * 1440];
    Arrays.fill(cpu, 0, 7 * 1440, 1.0);
    Arrays.fill(cpu, 7 * 1440, 14 * 1440, 0.2);
    UsageHistory history = UsageHistory.of(0, 60, cpu, constant(cpu.length, 100 * MIB));
    ContainerFacts facts = ContainerFacts.of(Sizing.UNSET);
    assertEquals(1.0, STRATEGY.propose(history, facts).sizing().cpuRequest(), 0.01);
    assertEquals(
        0.2,
        STRATEGY.withBudget(new RiskBudget(0.25, 0)).propose(history, facts).sizing().cpuRequest(),
        0.01);
  }

  @Test
  void keepsACpuLimitOnlyWhereThereIsOneAtTheCurrentRatio() {
    UsageHistory history = UsageHistory.of(0, 60, constant(1440, 0.5), constant(1440, 100 * MIB));
    Sizing unlimited =
        STRATEGY
            .propose(
                history,
                ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, 0, Long.MAX_VALUE)))
            .sizing();
    assertFalse(unlimited.limits().cpuBounded());
    Sizing limited =
        STRATEGY.propose(history, ContainerFacts.of(Sizing.of(1, 2, 0, Long.MAX_VALUE))).sizing();
    assertEquals(2 * limited.cpuRequest(), limited.cpuLimit(), 1e-12);
  }

  @Test
  void saysWhenAContainerIsMostlyIdle() {
    Trace trace = SyntheticTraces.idleNotebook(11);
    Proposal proposal = STRATEGY.propose(trace.history(), trace.facts());
    assertTrue(proposal.reason().startsWith("Mostly idle"), proposal.reason());
    assertEquals(FleetscopeCpu.MIN_CORES, proposal.sizing().cpuRequest(), 0.0);
  }

  @Test
  void keepsTheCurrentSizingWithoutSamples() {
    double[] none = {Double.NaN, Double.NaN};
    ContainerFacts facts = ContainerFacts.of(Sizing.of(1, 2, 1L << 30, 1L << 30));
    assertEquals(
        facts.current(), STRATEGY.propose(UsageHistory.of(0, 60, none, none), facts).sizing());
  }

  static double[] constant(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }
}
