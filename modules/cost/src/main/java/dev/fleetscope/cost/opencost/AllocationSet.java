package dev.fleetscope.cost.opencost;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * One step of an OpenCost answer: its allocations, in the currency the OpenCost install is
 * configured with (the API does not say; the source's configuration does).
 */
public record AllocationSet(Currency currency, List<Allocation> allocations) {
  public AllocationSet {
    allocations = List.copyOf(allocations);
  }

  public BigDecimal totalCost() {
    return allocations.stream().map(Allocation::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
