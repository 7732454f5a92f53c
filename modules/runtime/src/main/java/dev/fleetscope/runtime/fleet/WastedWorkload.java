package dev.fleetscope.runtime.fleet;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A workload's requested-but-unused capacity over its history and what it costs per month at its
 * cluster's {@link UnitPrices}: CPU requested above its mean use, memory requested above its peak,
 * GPU time left idle.
 */
public record WastedWorkload(
    WorkloadRef ref,
    double idleCores,
    double idleBytes,
    double idleGpus,
    double monthlyCost,
    Currency currency) {

  /** The {@code limit} workloads wasting the most, costliest first. */
  public static List<WastedWorkload> top(FleetSnapshot snapshot, StatsCache stats, int limit) {
    List<WastedWorkload> all = new ArrayList<>();
    snapshot
        .clusters()
        .forEach(
            cluster -> {
              UnitPrices prices = UnitPrices.of(cluster);
              cluster.workloads().forEach(w -> all.add(of(w, snapshot, stats, prices)));
            });
    return all.stream()
        .filter(w -> w.monthlyCost() > 0)
        .sorted(Comparator.comparingDouble(WastedWorkload::monthlyCost).reversed())
        .limit(limit)
        .toList();
  }

  static WastedWorkload of(
      Workload w, FleetSnapshot snapshot, StatsCache cache, UnitPrices prices) {
    double cores = 0;
    double bytes = 0;
    double gpus = 0;
    long pods = w.runningPods();
    for (ContainerSpec spec : w.containers()) {
      ContainerStats s =
          snapshot.usage(w.ref().container(spec.name())).map(cache::of).orElse(ContainerStats.NONE);
      if (Double.isNaN(s.cpuMean())) {
        continue;
      }
      cores += Math.max(spec.requests().cpuCores() - s.cpuMean(), 0) * pods;
      bytes += Math.max(spec.requests().memoryBytes() - s.memoryPeak(), 0) * pods;
      double activity = Double.isNaN(s.gpuActivityMean()) ? 0 : s.gpuActivityMean();
      gpus += spec.gpu().gpuEquivalent() * (1 - activity) * pods;
    }
    double monthly = prices.hourly(cores, bytes, gpus) * HourlyPrice.HOURS_PER_MONTH;
    return new WastedWorkload(w.ref(), cores, bytes, gpus, monthly, prices.currency());
  }
}
