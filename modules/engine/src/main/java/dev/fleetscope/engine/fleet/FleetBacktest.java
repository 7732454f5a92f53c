package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.Backtest;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.model.ContainerRef;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strategy judged on a whole fleet: each container recommended from its history without the last
 * days, those days then replayed against the recommendation.
 */
public record FleetBacktest(String strategy, int unseenDays, List<Entry> entries) {
  public FleetBacktest {
    entries = List.copyOf(entries);
  }

  public record Entry(ContainerRef ref, Backtest backtest) {}

  /** Savings per month of the recommendations, per currency. */
  public Map<Currency, Double> savingsPerMonth() {
    Map<Currency, Double> totals = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (Entry e : entries) {
      var savings = e.backtest().unseen().savings();
      totals.merge(savings.currency(), savings.perMonth(), Double::sum);
    }
    return totals;
  }

  /** The share of all unseen CPU samples above their container's proposed request. */
  public double unseenCpuOverRequestShare() {
    double over = 0;
    long samples = 0;
    for (Entry e : entries) {
      Replay unseen = e.backtest().unseen();
      over += unseen.cpuOverRequestShare() * unseen.cpuSamples();
      samples += unseen.cpuSamples();
    }
    return samples == 0 ? 0 : over / samples;
  }

  /** Would-be OOM kills on the unseen days over all containers. */
  public long unseenMemoryOverLimitSamples() {
    return entries.stream().mapToLong(e -> e.backtest().unseen().memoryOverLimitSamples()).sum();
  }

  /** How many containers would have been OOM-killed at least once on the unseen days. */
  public long containersOomKilled() {
    return entries.stream().filter(e -> e.backtest().unseen().memoryOverLimitSamples() > 0).count();
  }

  /**
   * How many containers would have been starved more than {@code share} of their unseen CPU
   * samples.
   */
  public long containersStarvedOver(double share) {
    return entries.stream()
        .filter(e -> e.backtest().unseen().cpuOverRequestShare() > share)
        .count();
  }
}
