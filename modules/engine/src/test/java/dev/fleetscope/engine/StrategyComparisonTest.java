package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.testing.SyntheticTraces;
import dev.fleetscope.engine.testing.SyntheticTraces.Trace;
import dev.fleetscope.model.UnitPrices;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The judgement users will make: recommend from the first 10 days of each trace, replay the last 4
 * it never saw.
 */
class StrategyComparisonTest {
  private static final List<Trace> TRACES = SyntheticTraces.all(42);
  private static final int SPLIT = SyntheticTraces.RECORDED_DAYS * SyntheticTraces.PER_DAY;

  @Test
  void fleetscopeCausesNoOomKillOnUnseenDays() {
    for (Trace trace : TRACES) {
      assertEquals(
          0, unseen(FleetscopeStrategy.DEFAULT, trace).memoryOverLimitSamples(), trace.name());
    }
  }

  @Test
  void aFivePercentLeakPassesItsInSampleReplayYetOomsTheOthersNextWeek() {
    Trace leak = SyntheticTraces.leaky(43);
    for (Strategy other : List.of(PercentileStrategy.DEFAULT, new VpaStrategy())) {
      Backtest backtest = backtest(other, leak);
      assertEquals(0, backtest.recommendation().replay().memoryOverLimitSamples(), other.name());
      assertTrue(backtest.unseen().memoryOverLimitSamples() > 0, other.name());
    }
  }

  @Test
  void theOthersStillOomTheKilledBatchOrStarveIt() {
    Trace batch = SyntheticTraces.oomKilled(45);
    assertTrue(unseen(PercentileStrategy.DEFAULT, batch).memoryOverLimitSamples() > 0);
    assertTrue(unseen(new VpaStrategy(), batch).cpuOverRequestShare() > 0.03);
    assertTrue(unseen(FleetscopeStrategy.DEFAULT, batch).cpuOverRequestShare() < 0.02);
  }

  @Test
  void fleetscopeStarvesFewerUnseenMinutesThanEitherOtherOverall() {
    double fleetscope = starvedShare(FleetscopeStrategy.DEFAULT);
    assertTrue(fleetscope < 0.02, "fleetscope starved " + fleetscope);
    assertTrue(fleetscope < starvedShare(new VpaStrategy()));
    assertTrue(fleetscope < starvedShare(PercentileStrategy.DEFAULT));
  }

  @Test
  void fleetscopeStillSavesMoneyOverall() {
    double saved =
        TRACES.stream()
            .mapToDouble(t -> unseen(FleetscopeStrategy.DEFAULT, t).savings().perMonth())
            .sum();
    assertTrue(saved > 0, "saved " + saved);
  }

  private static double starvedShare(Strategy strategy) {
    double over = 0;
    long samples = 0;
    for (Trace trace : TRACES) {
      Replay replay = unseen(strategy, trace);
      over += replay.cpuOverRequestShare() * replay.cpuSamples();
      samples += replay.cpuSamples();
    }
    return over / samples;
  }

  private static Replay unseen(Strategy strategy, Trace trace) {
    return backtest(strategy, trace).unseen();
  }

  private static Backtest backtest(Strategy strategy, Trace trace) {
    return Backtest.run(
        new Rightsizer(strategy), trace.history(), trace.facts(), UnitPrices.DEFAULT, SPLIT);
  }
}
