package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.RiskBudget;
import dev.fleetscope.engine.VpaStrategy;
import org.junit.jupiter.api.Test;

class StrategyChoiceTest {
  @Test
  void theBudgetIsTheFleetscopeReplayBudgetAndThePercentilesTail() {
    StrategyChoice onePercent = StrategyChoice.DEFAULT.withCpuShare(0.01);
    assertEquals(new RiskBudget(0.01, 0), ((FleetscopeStrategy) onePercent.strategy()).budget());
    PercentileStrategy p99 =
        (PercentileStrategy) onePercent.withName(PercentileStrategy.NAME).strategy();
    assertEquals(99, p99.cpuPercentile());
    assertEquals(0.15, p99.memoryBuffer());
    assertEquals(
        99.5,
        ((PercentileStrategy)
                onePercent.withName(PercentileStrategy.NAME).withCpuShare(0.005).strategy())
            .cpuPercentile());
    assertTrue(onePercent.withName(PercentileStrategy.NAME).meaning().contains("p99"));
  }

  @Test
  void theVpaIgnoresTheBudgetAndSaysSo() {
    StrategyChoice vpa = StrategyChoice.DEFAULT.withName(VpaStrategy.NAME);
    assertFalse(vpa.budgetApplies());
    assertTrue(vpa.meaning().contains("does not apply"));
    assertTrue(vpa.strategy() instanceof VpaStrategy);
  }

  @Test
  void anUnknownStrategyIsNamedWithTheKnownOnes() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> StrategyChoice.DEFAULT.withName("krr"));
    assertEquals("unknown strategy 'krr'; known: fleetscope, vpa, percentile", e.getMessage());
  }
}
