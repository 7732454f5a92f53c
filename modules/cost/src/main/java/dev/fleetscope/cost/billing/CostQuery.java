package dev.fleetscope.cost.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * A cost report to compute: rows whose ChargePeriodStart lies in {@code [from, to)} (half-open, as
 * FOCUS periods are; an open end takes everything on that side), grouped, largest {@code rankBy}
 * first. A charge is not prorated: it falls wholly in the period its ChargePeriodStart falls in.
 */
public record CostQuery(
    GroupBy groupBy, Optional<Instant> from, Optional<Instant> to, CostMeasure rankBy) {
  public CostQuery {
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new IllegalArgumentException(
          "the period is empty: from " + from.get() + " is not before to " + to.get());
    }
  }

  public static CostQuery all(GroupBy groupBy) {
    return new CostQuery(groupBy, Optional.empty(), Optional.empty(), CostMeasure.EFFECTIVE);
  }
}
