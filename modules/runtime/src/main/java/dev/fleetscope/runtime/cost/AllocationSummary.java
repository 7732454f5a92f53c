package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.allocation.ClusterCost;
import dev.fleetscope.cost.allocation.PartCost;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fleet's node cost per hour now, allocated to workloads by OpenCost's rule (the larger of
 * request and use), with what no workload takes kept as idle. Clusters priced in another currency
 * than the fleet's main one are left out and named, since currencies are never added up.
 */
public record AllocationSummary(
    Currency currency, List<ClusterCost> clusters, List<String> leftOut) {
  public AllocationSummary {
    clusters = List.copyOf(clusters);
    leftOut = List.copyOf(leftOut);
  }

  /** The allocation in the currency most of the cost is priced in. */
  public static AllocationSummary of(List<ClusterCost> all, Currency fallback) {
    Map<Currency, Double> byCurrency =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    ClusterCost::currency,
                    Collectors.summingDouble(c -> c.allocated().total() + c.idle().total())));
    Currency main =
        byCurrency.entrySet().stream()
            .max(
                Map.Entry.<Currency, Double>comparingByValue()
                    .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .orElse(fallback);
    List<ClusterCost> kept = all.stream().filter(c -> c.currency().equals(main)).toList();
    List<String> left =
        all.stream()
            .filter(c -> !c.currency().equals(main))
            .map(c -> c.cluster() + " (" + c.currency().getCurrencyCode() + ")")
            .toList();
    return new AllocationSummary(main, kept, left);
  }

  public PartCost allocatedPerHour() {
    return clusters.stream().map(ClusterCost::allocated).reduce(PartCost.ZERO, PartCost::plus);
  }

  public PartCost idlePerHour() {
    return clusters.stream().map(ClusterCost::idle).reduce(PartCost.ZERO, PartCost::plus);
  }

  /** Everything the nodes cost per hour: allocated plus idle. */
  public double perHour() {
    return allocatedPerHour().total() + idlePerHour().total();
  }

  public double idleShare() {
    double total = perHour();
    return total == 0 ? 0 : idlePerHour().total() / total;
  }
}
