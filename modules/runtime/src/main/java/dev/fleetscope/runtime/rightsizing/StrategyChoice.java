package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.RiskBudget;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.VpaStrategy;
import dev.fleetscope.model.Units;
import java.util.Locale;

/**
 * The strategy and risk budget the user picked. The budget's CPU share is the share of minutes a
 * container may spend above its CPU request: {@code fleetscope} replays against exactly that,
 * {@code percentile} takes the matching percentile (1% is p99), and the {@code vpa} sizes to its
 * own p90 + 15% whatever the budget says.
 */
public record StrategyChoice(String name, RiskBudget budget) {
  public static final StrategyChoice DEFAULT =
      new StrategyChoice(FleetscopeStrategy.NAME, RiskBudget.DEFAULT);

  public StrategyChoice {
    if (!Strategy.NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "'; known: " + String.join(", ", Strategy.NAMES));
    }
  }

  public Strategy strategy() {
    return switch (name) {
      case FleetscopeStrategy.NAME -> FleetscopeStrategy.DEFAULT.withBudget(budget);
      case VpaStrategy.NAME -> new VpaStrategy();
      default ->
          new PercentileStrategy(percentile(), PercentileStrategy.DEFAULT.memoryBuffer(), 0, 0);
    };
  }

  public boolean budgetApplies() {
    return !name.equals(VpaStrategy.NAME);
  }

  /** The CPU percentile the {@code percentile} strategy takes for this budget: 99 for 1%. */
  double percentile() {
    return Math.rint(100_000 * (1 - budget.cpuShare())) / 1000;
  }

  /** What the budget means for this strategy, in a short line. */
  public String meaning() {
    return switch (name) {
      case FleetscopeStrategy.NAME ->
          "at most "
              + Units.percent(budget.cpuShare())
              + " of minutes above the request, no OOM kill in the replay";
      case VpaStrategy.NAME -> "the VPA's own target (p90 + 15%): the risk budget does not apply";
      default ->
          String.format(
              Locale.ROOT,
              "CPU p%s of minutes, memory peak + 15%% (KRR simple)",
              trim(percentile()));
    };
  }

  /** How the strategy works, for a tooltip. */
  public String explanation() {
    return switch (name) {
      case FleetscopeStrategy.NAME ->
          "Fleetscope's own: the smallest CPU request and memory limit whose replay of the "
              + "history stays within the risk budget, recent days weighing more and trends projected a week ahead.";
      case VpaStrategy.NAME ->
          "The Kubernetes Vertical Pod Autoscaler's recommender, reproduced: decaying histograms, "
              + "CPU p90 and memory p90 of daily peaks, each + 15%.";
      default ->
          "KRR's simple strategy: the CPU request is a percentile of the CPU samples (the budget's complement), "
              + "no CPU limit; memory is the peak + 15%.";
    };
  }

  public StrategyChoice withName(String newName) {
    return new StrategyChoice(newName, budget);
  }

  public StrategyChoice withCpuShare(double share) {
    return new StrategyChoice(name, new RiskBudget(share, budget.memorySamples()));
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
