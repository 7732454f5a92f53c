package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

/**
 * The fleet's model serving in three figures, for the Overview's tile: requests per second, the
 * worst p99 latency and what 1,000 requests cost across the models that have a cost.
 *
 * @param models how many models served in the window
 * @param requestsPerSecond all models' requests per second, averaged over the window
 * @param worstP99 the highest p99 latency of any model, seconds, and which model; empty when no
 *     model exports percentiles
 * @param costPer1kRequests the cost per hour of the models with a cost and requests, over their
 *     requests in an hour, times 1,000; empty when none has both
 */
public record ServingSummary(
    Duration window,
    int models,
    double requestsPerSecond,
    Optional<Worst> worstP99,
    Optional<Money> costPer1kRequests) {
  public static final ServingSummary NONE =
      new ServingSummary(Duration.ofHours(1), 0, 0, Optional.empty(), Optional.empty());

  /** A latency and the model it is of. */
  public record Worst(double seconds, String model) {}

  public record Money(double amount, Currency currency) {}

  public static ServingSummary of(ServingSnapshot snapshot) {
    double requests = 0;
    double pricedRequests = 0;
    double costPerHour = 0;
    Currency currency = null;
    Worst worst = null;
    for (ModelServing m : snapshot.models()) {
      double rate = m.requestsPerSecond().orElse(0);
      requests += rate;
      Optional<Double> p99 = m.latency().map(Percentiles::p99);
      if (p99.isPresent() && (worst == null || p99.get() > worst.seconds())) {
        worst = new Worst(p99.get(), m.model().namespace() + "/" + m.model().name());
      }
      Optional<ServingCost> cost = m.cost();
      if (cost.isPresent()
          && rate > 0
          && (currency == null || currency.equals(cost.get().currency()))) {
        currency = cost.get().currency();
        costPerHour += cost.get().perHour();
        pricedRequests += rate;
      }
    }
    return new ServingSummary(
        snapshot.window(),
        snapshot.models().size(),
        requests,
        Optional.ofNullable(worst),
        pricedRequests > 0
            ? Optional.of(new Money(costPerHour / (pricedRequests * 3600) * 1000, currency))
            : Optional.empty());
  }
}
