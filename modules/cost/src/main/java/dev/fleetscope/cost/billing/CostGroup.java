package dev.fleetscope.cost.billing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The exact sums of one group's rows, in the report's currency.
 *
 * @param key the group's value; empty for rows without one (no such tag, an empty column)
 */
public record CostGroup(
    Optional<String> key,
    BigDecimal billedCost,
    BigDecimal effectiveCost,
    BigDecimal listCost,
    long rows) {

  public BigDecimal cost(CostMeasure measure) {
    return switch (measure) {
      case BILLED -> billedCost;
      case EFFECTIVE -> effectiveCost;
      case LIST -> listCost;
    };
  }
}
