package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.fleet.FleetBacktest;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;

/**
 * The strategy judged the way users will meet it: recommended from the first days of each history,
 * replayed on the last days it never saw.
 *
 * @param seenDays days recommended from
 * @param unseenDays days replayed
 * @param starvedShare share of the unseen CPU minutes above the recommended requests
 * @param wouldBeOoms unseen memory samples above the recommended limits
 * @param containersOomKilled containers that would have been OOM-killed at least once on the unseen
 *     days
 */
public record OutOfSample(
    String strategy,
    int seenDays,
    int unseenDays,
    Map<Currency, Double> savingsPerMonth,
    double starvedShare,
    long wouldBeOoms,
    long containersOomKilled) {

  public static OutOfSample of(FleetBacktest backtest, int historyDays) {
    return new OutOfSample(
        backtest.strategy(),
        historyDays - backtest.unseenDays(),
        backtest.unseenDays(),
        Collections.unmodifiableMap(backtest.savingsPerMonth()),
        backtest.unseenCpuOverRequestShare(),
        backtest.unseenMemoryOverLimitSamples(),
        backtest.containersOomKilled());
  }
}
