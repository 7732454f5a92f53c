package dev.fleetscope.benchmarks.engine;

import dev.fleetscope.engine.Backtest;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.Rightsizer;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.VpaStrategy;
import dev.fleetscope.engine.fleet.FleetBacktest;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.engine.testing.SyntheticTraces;
import dev.fleetscope.engine.testing.SyntheticTraces.Trace;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Units;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The out-of-sample comparison users will make, printed side by side per strategy: recommend from
 * the first 10 days, replay the last 4 unseen days. First on the six synthetic traces, then on the
 * demo fleet (simulator seed {@link Simulator#DEFAULT_SEED}, clock fixed so every run prints the
 * same numbers).
 *
 * <p>{@code java -cp modules/benchmarks/target/benchmarks.jar
 * dev.fleetscope.benchmarks.engine.StrategyComparison}
 */
public final class StrategyComparison {
  private static final List<Strategy> STRATEGIES =
      List.of(FleetscopeStrategy.DEFAULT, new VpaStrategy(), PercentileStrategy.DEFAULT);
  private static final int UNSEEN_DAYS = 4;

  private StrategyComparison() {}

  public static void main(String[] args) {
    syntheticTraces();
    demoFleet();
  }

  private static void syntheticTraces() {
    System.out.println("Synthetic traces: recommend from days 1-10, replay days 11-14");
    System.out.printf(
        Locale.ROOT,
        "%-24s %-11s %11s %11s %13s %12s %14s%n",
        "trace",
        "strategy",
        "CPU request",
        "mem limit",
        "CPU > request",
        "OOM samples",
        "saves/month");
    for (Trace trace : SyntheticTraces.all(42)) {
      for (Strategy strategy : STRATEGIES) {
        Backtest b =
            Backtest.run(
                new Rightsizer(strategy),
                trace.history(),
                trace.facts(),
                UnitPrices.DEFAULT,
                (SyntheticTraces.DAYS - UNSEEN_DAYS) * SyntheticTraces.PER_DAY);
        var proposed = b.recommendation().proposed();
        System.out.printf(
            Locale.ROOT,
            "%-24s %-11s %11s %11s %13s %12d %14s%n",
            trace.name(),
            strategy.name(),
            Units.cores(proposed.cpuRequest()),
            Units.bytes(proposed.memoryLimit()),
            Units.percent(b.unseen().cpuOverRequestShare()),
            b.unseen().memoryOverLimitSamples(),
            Units.money(b.unseen().savings().perMonth(), b.unseen().savings().currency(), "month"));
      }
    }
  }

  private static void demoFleet() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, clock);
    simulator.buildHistory();
    FleetSnapshot snapshot = simulator.snapshot("demo");
    System.out.printf(
        "%nDemo fleet (seed %d, %d containers): recommend from the first 10 days, replay the last %d%n",
        Simulator.DEFAULT_SEED, simulator.containerCount(), UNSEEN_DAYS);
    System.out.printf(
        Locale.ROOT,
        "%-11s %20s %15s %22s %17s %19s%n",
        "strategy",
        "saves/month",
        "CPU > request",
        "containers >1% starved",
        "OOM samples",
        "containers OOMed");
    for (Strategy strategy : STRATEGIES) {
      FleetBacktest result = new FleetRightsizer(strategy).backtest(snapshot, UNSEEN_DAYS);
      String savings =
          result.savingsPerMonth().entrySet().stream()
              .map(e -> Units.money(e.getValue(), e.getKey(), "month"))
              .reduce((a, b) -> a + ", " + b)
              .orElse("-");
      System.out.printf(
          Locale.ROOT,
          "%-11s %20s %15s %22d %17d %19d%n",
          strategy.name(),
          savings,
          Units.percent(result.unseenCpuOverRequestShare()),
          result.containersStarvedOver(0.01),
          result.unseenMemoryOverLimitSamples(),
          result.containersOomKilled());
    }
  }
}
