package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.model.HourlyPrice;
import java.util.List;

/**
 * The cluster's pods at one set of requests on one choice of types, pool by pool.
 *
 * @param requests the pods' requests today or as recommended
 * @param types today's instance types of each pool, or the cheapest feasible mix of candidates
 */
public record Scenario(Requests requests, Types types, List<PoolProposal> pools) {
  public enum Requests {
    TODAY,
    RECOMMENDED
  }

  public enum Types {
    TODAYS_TYPES,
    CHEAPEST_MIX
  }

  public Scenario {
    pools = List.copyOf(pools);
  }

  public int nodes() {
    return pools.stream().mapToInt(PoolProposal::proposedNodes).sum();
  }

  public double costPerHour() {
    return pools.stream().mapToDouble(PoolProposal::proposedCostPerHour).sum();
  }

  public double savingPerMonth() {
    return pools.stream().mapToDouble(PoolProposal::savingPerMonth).sum();
  }

  public double savingPerHour() {
    return savingPerMonth() / HourlyPrice.HOURS_PER_MONTH;
  }
}
