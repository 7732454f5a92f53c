package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.opencost.AllocationSet;
import dev.fleetscope.cost.opencost.AllocationTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A breakdown from OpenCost's month-to-date allocation, its {@code __idle__} kept as a slice of its
 * own.
 */
final class OpenCostBreakdown {
  static final String UNALLOCATED = "__unallocated__";

  private OpenCostBreakdown() {}

  /** OpenCost's {@code aggregate} for a dimension; labels are named as OpenCost sanitizes them. */
  static String aggregate(CostDimension dimension) {
    return switch (dimension) {
      case CLUSTER -> "cluster";
      case NAMESPACE -> "namespace";
      case TEAM -> "label:team";
      case MODEL -> "label:fleetscope_dev_model";
      case SERVICE ->
          throw new IllegalArgumentException("services are in the billing export, not in OpenCost");
    };
  }

  static Breakdown of(List<AllocationSet> sets, CostDimension dimension, String source) {
    if (sets.stream().allMatch(s -> s.allocations().isEmpty())) {
      return Breakdown.none(dimension, source + " returned no allocation for this month.");
    }
    AllocationTotals totals = AllocationTotals.of(sets, sets.getFirst().currency());
    List<BreakdownRow> slices = new ArrayList<>();
    for (AllocationTotals.Group group : totals.groups()) {
      String name = group.name();
      String key =
          group.idle()
              ? AllocationBreakdown.IDLE
              : name.equals(UNALLOCATED) ? dimension.missing() : name;
      slices.add(
          new BreakdownRow(
              key, group.cost().total().doubleValue(), 0, group.idle(), describe(group.cost())));
    }
    return new Breakdown(
        dimension,
        "OpenCost allocation (" + source + ")",
        Optional.of(sets.getFirst().currency()),
        "this month so far",
        false,
        Breakdown.ranked(slices),
        Optional.empty());
  }

  private static String describe(AllocationTotals.Parts parts) {
    double t = parts.total().doubleValue();
    return t == 0
        ? "nothing allocated"
        : String.format(
            Locale.ROOT,
            "CPU %s · memory %s · GPU %s",
            CostText.share(parts.cpu().doubleValue() / t),
            CostText.share(parts.ram().doubleValue() / t),
            CostText.share(parts.gpu().doubleValue() / t));
  }
}
