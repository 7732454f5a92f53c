package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.packing.rightsizing.Scenario;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The fleet's node rightsizing at one instant: every cluster's report, where the prices and the
 * recommended requests came from, and what the recommendations save priced per requested core, GiB
 * and GPU (the request-level figure the node-level one is shown beside). Fleet totals add the
 * clusters priced in {@link #currency()}.
 *
 * @param recommended the requests the recommended scenarios packed, where they came from and what
 *     they save per requested resource
 */
public record FleetNodeReport(
    Instant at,
    String priceSource,
    RecommendedRequests recommended,
    List<ClusterNodeReport> clusters) {

  public FleetNodeReport {
    clusters = List.copyOf(clusters);
  }

  /** Where the recommended requests came from ({@code the fleetscope strategy's...}, a plan). */
  public String requestsFrom() {
    return recommended.from();
  }

  public Currency currency() {
    return clusters.stream().map(ClusterNodeReport::currency).findFirst().orElse(HourlyPrice.USD);
  }

  public int todayNodes() {
    return (int) sum(c -> c.comparison().todayNodes());
  }

  public double todayCostPerHour() {
    return sum(c -> c.comparison().todayCostPerHour());
  }

  public int nodes(Scenario.Requests requests, Scenario.Types types) {
    return (int) sum(c -> c.scenario(requests, types).nodes());
  }

  public double costPerHour(Scenario.Requests requests, Scenario.Types types) {
    return sum(c -> c.scenario(requests, types).costPerHour());
  }

  /** Today's cost less the scenario's, per month of 730 hours. */
  public double savingPerMonth(Scenario.Requests requests, Scenario.Types types) {
    return sum(c -> c.scenario(requests, types).savingPerMonth());
  }

  public double lowerBound(Scenario.Requests requests, Scenario.Types types) {
    return sum(c -> c.lowerBound(requests, types));
  }

  /** How far the scenario's cost is above its lower bound, as a share of the bound. */
  public double gap(Scenario.Requests requests, Scenario.Types types) {
    double bound = lowerBound(requests, types);
    return bound > 0 ? costPerHour(requests, types) / bound - 1 : 0;
  }

  /** The request-level savings in the report's currency. */
  public double requestSavingPerMonth() {
    return recommended.savingsPerMonth().getOrDefault(currency(), 0.0);
  }

  public static double perMonth(double perHour) {
    return perHour * HourlyPrice.HOURS_PER_MONTH;
  }

  private double sum(ToDoubleFunction<ClusterNodeReport> value) {
    Currency currency = currency();
    return clusters.stream().filter(c -> c.currency().equals(currency)).mapToDouble(value).sum();
  }
}
