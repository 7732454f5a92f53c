package dev.fleetscope.runtime.fleet;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import java.util.Currency;
import java.util.List;

/**
 * The fleet in a few numbers, as the Overview shows them: what is used now against what is
 * requested and what the nodes could give, for CPU (cores), memory (bytes) and GPUs (device
 * equivalents), and what the nodes cost.
 */
public record FleetTotals(
    int clusters,
    int liveClusters,
    int nodes,
    long workloads,
    Amounts cpu,
    Amounts memory,
    Amounts gpu,
    double hourlyCost,
    Currency currency) {

  /** Used now, requested by running pods, allocatable on the nodes. */
  public record Amounts(double used, double requested, double allocatable) {
    public double usedOfRequested() {
      return requested == 0 ? 0 : used / requested;
    }

    public double requestedOfAllocatable() {
      return allocatable == 0 ? 0 : requested / allocatable;
    }

    /** Requested but not used: what rightsizing can give back. */
    public double idle() {
      return Math.max(requested - used, 0);
    }

    Amounts plus(double addUsed, double addRequested, double addAllocatable) {
      return new Amounts(used + addUsed, requested + addRequested, allocatable + addAllocatable);
    }
  }

  private static final Amounts ZERO = new Amounts(0, 0, 0);

  public static FleetTotals of(FleetSnapshot snapshot) {
    return of(snapshot, snapshot.clusters());
  }

  /** The totals of some of the snapshot's clusters. */
  public static FleetTotals of(FleetSnapshot snapshot, List<Cluster> clusters) {
    Amounts cpu = ZERO;
    Amounts memory = ZERO;
    Amounts gpu = ZERO;
    int nodes = 0;
    int live = 0;
    double cost = 0;
    Currency currency = HourlyPrice.USD;
    for (Cluster cluster : clusters) {
      live += snapshot.isLive(cluster) ? 1 : 0;
      nodes += cluster.nodes().size();
      cost += cluster.hourlyCost();
      currency =
          cluster.nodes().isEmpty() ? currency : cluster.nodes().getFirst().price().currency();
      cpu = cpu.plus(0, 0, cluster.allocatable().cpuCores());
      memory = memory.plus(0, 0, cluster.allocatable().memoryBytes());
      gpu = gpu.plus(0, 0, cluster.gpus());
      for (Workload w : cluster.workloads().toList()) {
        long pods = w.runningPods();
        for (ContainerSpec spec : w.containers()) {
          var usage = snapshot.usage(w.ref().container(spec.name()));
          double cores = usage.map(u -> zeroIfNaN(u.now(Metric.CPU_CORES))).orElse(0.0);
          double bytes = usage.map(u -> zeroIfNaN(u.now(Metric.MEMORY_BYTES))).orElse(0.0);
          double busy = usage.map(u -> zeroIfNaN(u.now(Metric.GPU_ENGINE_ACTIVE))).orElse(0.0);
          double gpus = spec.gpu().gpuEquivalent();
          cpu = cpu.plus(cores * pods, spec.requests().cpuCores() * pods, 0);
          memory = memory.plus(bytes * pods, spec.requests().memoryBytes() * pods, 0);
          gpu = gpu.plus(busy * gpus * pods, gpus * pods, 0);
        }
      }
    }
    long workloads = clusters.stream().mapToLong(c -> c.workloads().count()).sum();
    return new FleetTotals(
        clusters.size(), live, nodes, workloads, cpu, memory, gpu, cost, currency);
  }

  /**
   * What the snapshot's requested-but-unused capacity ({@link Amounts#idle()}) costs per hour, each
   * cluster's at its {@link UnitPrices}: the Overview's waste, priced by the same rule as the
   * Recommendations' savings.
   */
  public static double idleHourlyCost(FleetSnapshot snapshot) {
    double cost = 0;
    for (Cluster cluster : snapshot.clusters()) {
      FleetTotals one = of(snapshot, List.of(cluster));
      cost +=
          UnitPrices.of(cluster).hourly(one.cpu().idle(), one.memory().idle(), one.gpu().idle());
    }
    return cost;
  }

  private static double zeroIfNaN(double value) {
    return Double.isNaN(value) ? 0 : value;
  }
}
