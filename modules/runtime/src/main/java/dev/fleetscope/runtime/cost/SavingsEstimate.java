package dev.fleetscope.runtime.cost;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/** What the current rightsizing recommendations would save, as far as it is known yet. */
public sealed interface SavingsEstimate {
  /** Nothing to compute from yet, and why (no usage history recorded yet...). */
  record Waiting(String why) implements SavingsEstimate {}

  /** The engine is working through the fleet's containers. */
  record Computing(double progress) implements SavingsEstimate {}

  /**
   * @param perMonth saved per month, net, in each currency the clusters are priced in
   * @param recommendations containers whose recommendation saves something
   * @param increases containers whose recommendation asks for more (their cost is netted out of the
   *     savings)
   * @param took how long the engine ran on the snapshot
   */
  record Ready(
      Map<Currency, Double> perMonth,
      int recommendations,
      int increases,
      int containers,
      String strategy,
      Instant at,
      Duration took)
      implements SavingsEstimate {
    public Ready {
      perMonth = Map.copyOf(perMonth);
    }
  }

  record Failed(String message) implements SavingsEstimate {}
}
