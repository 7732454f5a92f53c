package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Provider;
import dev.fleetscope.packing.rightsizing.ClusterComparison;
import dev.fleetscope.packing.rightsizing.Scenario;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * One cluster's node rightsizing: today and the four scenarios (per pool: proposal, saving, moves,
 * blockers), what its pools are made of, where the prices came from, and per scenario a cost no
 * packing of its pods on its types can go below.
 *
 * @param lowerBounds per scenario, the {@code LowerBound} of all the cluster's pods at the
 *     scenario's requests over the scenario's types, per hour in {@code currency}
 */
public record ClusterNodeReport(
    String cluster,
    Provider provider,
    String region,
    Currency currency,
    ClusterComparison comparison,
    Map<String, PoolFacts> pools,
    PriceCoverage prices,
    List<Bound> lowerBounds) {

  public ClusterNodeReport {
    pools = Map.copyOf(pools);
    lowerBounds = List.copyOf(lowerBounds);
  }

  /** A scenario's lower bound per hour. */
  public record Bound(Scenario.Requests requests, Scenario.Types types, double costPerHour) {}

  public Scenario scenario(Scenario.Requests requests, Scenario.Types types) {
    return comparison.scenario(requests, types);
  }

  public double lowerBound(Scenario.Requests requests, Scenario.Types types) {
    return lowerBounds.stream()
        .filter(b -> b.requests() == requests && b.types() == types)
        .mapToDouble(Bound::costPerHour)
        .findFirst()
        .orElse(0);
  }

  /** The pool's GPU model and MIG profiles; a CPU pool when the cluster has no such pool. */
  public PoolFacts pool(String name) {
    return pools.getOrDefault(name, new PoolFacts(name, "", 0, Map.of()));
  }
}
