package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.allocation.ClusterCost;
import dev.fleetscope.cost.allocation.PartCost;
import dev.fleetscope.cost.allocation.WorkloadCost;
import dev.fleetscope.model.HourlyPrice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A breakdown from node prices allocated to workloads ({@code NodeCostAllocator}): the hourly cost
 * now, as a month of {@link HourlyPrice#HOURS_PER_MONTH} hours, with the nodes' idle capacity as a
 * slice of its own.
 */
public final class AllocationBreakdown {
  public static final String IDLE = "idle node capacity";
  static final String PERIOD = "730 h at the hourly cost now";

  private AllocationBreakdown() {}

  public static Breakdown of(AllocationSummary summary, CostDimension dimension) {
    Map<String, PartCost> parts = new LinkedHashMap<>();
    Map<String, TreeSet<String>> clusters = new LinkedHashMap<>();
    for (ClusterCost cluster : summary.clusters()) {
      for (WorkloadCost workload : cluster.workloads()) {
        String key = key(workload, dimension);
        parts.merge(key, workload.perHour(), PartCost::plus);
        clusters.computeIfAbsent(key, k -> new TreeSet<>()).add(cluster.cluster());
      }
    }
    List<BreakdownRow> slices = new ArrayList<>();
    parts.forEach(
        (key, cost) ->
            slices.add(
                slice(
                    key,
                    cost,
                    false,
                    dimension == CostDimension.CLUSTER
                        ? ""
                        : " · in " + String.join(", ", clusters.get(key)))));
    PartCost idle = summary.idlePerHour();
    if (idle.total() > 0) {
      slices.add(slice(IDLE, idle, true, " · requested by no workload"));
    }
    Optional<String> note =
        summary.leftOut().isEmpty()
            ? Optional.empty()
            : Optional.of(
                "Left out, priced in another currency: "
                    + String.join(", ", summary.leftOut())
                    + ".");
    return new Breakdown(
        dimension,
        "node prices allocated by request (the larger of request and use)",
        Optional.of(summary.currency()),
        PERIOD,
        true,
        Breakdown.ranked(slices),
        note);
  }

  private static String key(WorkloadCost workload, CostDimension dimension) {
    return switch (dimension) {
      case CLUSTER -> workload.ref().cluster();
      case NAMESPACE -> workload.ref().namespace();
      case TEAM -> workload.team().isBlank() ? dimension.missing() : workload.team();
      case MODEL -> workload.model().filter(m -> !m.isBlank()).orElse(dimension.missing());
      case SERVICE ->
          throw new IllegalArgumentException(
              "services are in the billing export, not in the cluster");
    };
  }

  private static BreakdownRow slice(String key, PartCost perHour, boolean idle, String where) {
    double total = perHour.total();
    String parts =
        total == 0
            ? "nothing running"
            : String.format(
                Locale.ROOT,
                "CPU %s · memory %s · GPU %s",
                CostText.share(perHour.cpu() / total),
                CostText.share(perHour.memory() / total),
                CostText.share(perHour.gpu() / total));
    return new BreakdownRow(key, total * HourlyPrice.HOURS_PER_MONTH, 0, idle, parts + where);
  }
}
