package dev.fleetscope.cost.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Cost grouped over a period, every figure in {@code currency}.
 *
 * @param currency empty only when no row was selected from an empty store
 * @param from the period's start: the query's, or the earliest ChargePeriodStart of the rows when
 *     it had none
 * @param to the period's end (exclusive): the query's, or the latest ChargePeriodEnd of the rows
 */
public record CostReport(
    Optional<Currency> currency,
    Optional<Instant> from,
    Optional<Instant> to,
    GroupBy groupBy,
    CostMeasure rankBy,
    List<CostGroup> groups) {

  public CostReport {
    groups = List.copyOf(groups);
  }

  /**
   * The exact sum over all groups, written like the groups' sums (no trailing zeros past two
   * decimals).
   */
  public BigDecimal total(CostMeasure measure) {
    return CostReports.money(
        groups.stream().map(g -> g.cost(measure)).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public long rows() {
    return groups.stream().mapToLong(CostGroup::rows).sum();
  }
}
