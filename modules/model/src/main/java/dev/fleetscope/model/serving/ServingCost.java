package dev.fleetscope.model.serving;

import dev.fleetscope.model.UnitPrices;
import java.util.Currency;
import java.util.OptionalDouble;

/**
 * What serving a model costs: the requests its pods hold, priced per hour, and spread over what it
 * served in the same window.
 *
 * @param held the model's share of its workload's requests, averaged over the window
 * @param share the model's share of its workload (1 unless the workload serves several models)
 * @param perHour {@code held} at the unit prices
 * @param per1kRequests {@code perHour} over the requests served in an hour at the window's rate,
 *     times 1,000; empty when no request was served
 * @param perMillionGeneratedTokens the same per million generated tokens; empty for servers that do
 *     not count tokens, or when none were generated
 */
public record ServingCost(
    HeldResources held,
    double share,
    double perHour,
    Currency currency,
    OptionalDouble per1kRequests,
    OptionalDouble perMillionGeneratedTokens) {

  private static final double SECONDS_PER_HOUR = 3600;

  /**
   * The pure cost join.
   *
   * @param workloadHeld the workload's requests averaged over the window
   * @param share the model's share of the workload, 0..1
   * @param requestsPerSecond the model's request rate over the window
   * @param generatedTokensPerSecond the model's generated tokens per second, when counted
   */
  public static ServingCost of(
      HeldResources workloadHeld,
      double share,
      UnitPrices prices,
      double requestsPerSecond,
      OptionalDouble generatedTokensPerSecond) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("a share is between 0 and 1, was " + share);
    }
    if (!(requestsPerSecond >= 0)) {
      throw new IllegalArgumentException(
          "a request rate is non-negative, was " + requestsPerSecond);
    }
    HeldResources held = workloadHeld.times(share);
    double perHour = prices.hourly(held.cores(), held.memoryBytes(), held.gpus());
    return new ServingCost(
        held,
        share,
        perHour,
        prices.currency(),
        per(perHour, requestsPerSecond, 1_000),
        generatedTokensPerSecond.isPresent()
            ? per(perHour, generatedTokensPerSecond.getAsDouble(), 1_000_000)
            : OptionalDouble.empty());
  }

  /** The cost of {@code units} things when {@code perSecond} of them come at {@code perHour}. */
  private static OptionalDouble per(double perHour, double perSecond, double units) {
    return perSecond > 0
        ? OptionalDouble.of(perHour / (perSecond * SECONDS_PER_HOUR) * units)
        : OptionalDouble.empty();
  }
}
