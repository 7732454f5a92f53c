package dev.fleetscope.app.ui.cost;

import dev.fleetscope.cost.opencost.Allocation;
import dev.fleetscope.cost.opencost.AllocationSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A breakdown from OpenCost's month-to-date allocation, its {@code __idle__} kept as a slice of its own. */
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
      case SERVICE -> throw new IllegalArgumentException("services are in the billing export, not in OpenCost");
    };
  }

  static Breakdown of(List<AllocationSet> sets, CostDimension dimension, String source) {
    if (sets.stream().allMatch(s -> s.allocations().isEmpty())) {
      return Breakdown.none(dimension, source + " returned no allocation for this month.");
    }
    Map<String, Parts> byName = new LinkedHashMap<>();
    for (AllocationSet set : sets) {
      for (Allocation a : set.allocations()) {
        byName.merge(a.name(), Parts.of(a), Parts::plus);
      }
    }
    List<BreakdownRow> slices = new ArrayList<>();
    byName.forEach((name, parts) -> {
      boolean idle = name.equals(Allocation.IDLE);
      String key = idle ? AllocationBreakdown.IDLE : name.equals(UNALLOCATED) ? dimension.missing() : name;
      slices.add(new BreakdownRow(key, parts.total().doubleValue(), 0, idle, parts.describe()));
    });
    return new Breakdown(dimension, "OpenCost allocation (" + source + ")", Optional.of(sets.getFirst().currency()),
        "this month so far", false, Breakdown.ranked(slices), Optional.empty());
  }

  private record Parts(BigDecimal cpu, BigDecimal ram, BigDecimal gpu, BigDecimal total) {
    static Parts of(Allocation a) {
      return new Parts(a.cpuCost(), a.ramCost(), a.gpuCost(), a.totalCost());
    }

    Parts plus(Parts o) {
      return new Parts(cpu.add(o.cpu), ram.add(o.ram), gpu.add(o.gpu), total.add(o.total));
    }

    String describe() {
      double t = total.doubleValue();
      return t == 0 ? "nothing allocated" : String.format(Locale.ROOT, "CPU %s · memory %s · GPU %s",
          CostText.share(cpu.doubleValue() / t), CostText.share(ram.doubleValue() / t), CostText.share(gpu.doubleValue() / t));
    }
  }
}
