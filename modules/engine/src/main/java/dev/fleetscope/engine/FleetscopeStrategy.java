package dev.fleetscope.engine;

import dev.fleetscope.engine.stats.DailyLevels;
import dev.fleetscope.engine.stats.Runs;
import dev.fleetscope.engine.stats.Trend;
import dev.fleetscope.model.Resources;
import java.time.Duration;

/**
 * Fleetscope's own strategy: the smallest CPU request and memory limit whose replay of the history
 * stays within the risk budget, where the history is first weighted toward recent days and
 * projected over the horizon the proposal must hold. See {@link FleetscopeCpu} and {@link
 * FleetscopeMemory} for the two halves; the memory request equals the limit, because memory a
 * container really uses cannot be taken back without killing it. A short job or an init container
 * is sized by the peaks of its runs instead ({@link RunPeaks}).
 *
 * @param horizon how long the proposal must hold: trends are projected to its end (default 7 days)
 * @param recencyHalfLife the age at which a CPU sample counts half as much as the newest (default 3
 *     days)
 */
public record FleetscopeStrategy(RiskBudget budget, Duration horizon, Duration recencyHalfLife)
    implements Strategy {
  public static final String NAME = "fleetscope";
  public static final FleetscopeStrategy DEFAULT =
      new FleetscopeStrategy(RiskBudget.DEFAULT, Duration.ofDays(7), Duration.ofDays(3));

  public FleetscopeStrategy {
    if (horizon.isNegative() || !recencyHalfLife.isPositive()) {
      throw new IllegalArgumentException(
          "the horizon must not be negative and the half-life must be positive");
    }
  }

  public FleetscopeStrategy withBudget(RiskBudget newBudget) {
    return new FleetscopeStrategy(newBudget, horizon, recencyHalfLife);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Proposal propose(UsageHistory history, ContainerFacts facts) {
    int perDay = history.samplesPerDay();
    FleetscopeCpu.Part cpu =
        FleetscopeCpu.size(
            history, facts, this, Trend.of(DailyLevels.means(history.cpuCores(), perDay)));
    FleetscopeMemory.Part memory =
        FleetscopeMemory.size(
            history, facts, this, DailyLevels.peaks(history.memoryBytes(), perDay));
    if (cpu == null || memory == null) {
      return new Proposal(
          facts.current(), "No usage samples: keeps the current requests and limits.");
    }
    Sizing sizing =
        new Sizing(
            new Resources(cpu.request(), memory.limit()),
            new Resources(cpu.limit(), memory.limit()));
    Proposal byMinutes = new Proposal(sizing, reason(facts.current(), sizing, cpu, memory));
    if (facts.sizedByRuns()) {
      Runs runs = Runs.of(history.cpuCores(), history.memoryBytes());
      if (RunPeaks.shortRuns(history, runs)) {
        return RunPeaks.size(history, facts, budget, runs, byMinutes);
      }
    }
    return byMinutes;
  }

  private static String reason(
      Sizing current, Sizing proposed, FleetscopeCpu.Part cpu, FleetscopeMemory.Part memory) {
    boolean idle =
        current.cpuRequest() > 0
            && proposed.cpuRequest() <= 0.05 * current.cpuRequest()
            && current.memoryRequest() > 0
            && proposed.memoryRequest() <= 0.25 * current.memoryRequest();
    String text = cpu.reason() + "; " + memory.reason() + ".";
    String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return idle ? "Mostly idle (under 5% of its CPU request). " + sentence : sentence;
  }
}
