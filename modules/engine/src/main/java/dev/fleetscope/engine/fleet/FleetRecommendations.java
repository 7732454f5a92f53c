package dev.fleetscope.engine.fleet;

import dev.fleetscope.model.ContainerRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recommendations for every workload container of a snapshot that has a usage history, largest
 * savings first.
 *
 * @param at the snapshot's instant
 * @param withoutHistory containers of the fleet's workloads that have no usage to recommend from
 */
public record FleetRecommendations(
    Instant at,
    String strategy,
    List<ContainerRecommendation> containers,
    List<ContainerRef> withoutHistory) {

  public FleetRecommendations {
    containers =
        containers.stream()
            .sorted(
                Comparator.comparingDouble(ContainerRecommendation::savingsPerMonth)
                    .reversed()
                    .thenComparing(c -> c.ref().id()))
            .toList();
    withoutHistory = List.copyOf(withoutHistory);
  }

  /** Total savings per month in each currency the clusters are priced in. */
  public Map<Currency, Double> savingsPerMonth() {
    Map<Currency, Double> totals = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (ContainerRecommendation c : containers) {
      totals.merge(
          c.recommendation().replay().savings().currency(), c.savingsPerMonth(), Double::sum);
    }
    return totals;
  }

  /** Would-be OOM kills over all containers' replays. */
  public long memoryOverLimitSamples() {
    return containers.stream()
        .mapToLong(c -> c.recommendation().replay().memoryOverLimitSamples())
        .sum();
  }

  /** The share of all replayed CPU samples that would have been above their request. */
  public double cpuOverRequestShare() {
    double over = 0;
    long samples = 0;
    for (ContainerRecommendation c : containers) {
      over +=
          c.recommendation().replay().cpuOverRequestShare()
              * c.recommendation().replay().cpuSamples();
      samples += c.recommendation().replay().cpuSamples();
    }
    return samples == 0 ? 0 : over / samples;
  }
}
