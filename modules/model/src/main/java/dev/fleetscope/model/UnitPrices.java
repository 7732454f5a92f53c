package dev.fleetscope.model;

import java.util.Currency;

/**
 * What a core, a GiB of memory and a GPU cost per hour in one cluster, split out of its node
 * prices.
 *
 * <p>The rule, so anyone can check a figure: on CPU-only nodes a GiB-hour costs 1/7.46 of a
 * core-hour (the ratio of GCP's per-vCPU and per-GiB list prices, also OpenCost's defaults of
 * 0.031611 and 0.004237 USD); the core-hour price is the one that makes those nodes' prices add up.
 * On GPU nodes, what the node costs beyond its cores and memory at those prices is the GPUs' share.
 * A cluster without CPU-only nodes uses OpenCost's defaults.
 */
public record UnitPrices(
    double perCoreHour, double perGibHour, double perGpuHour, Currency currency) {
  public static final double GIB_PER_CORE_PRICE = 7.46;
  private static final double GIB = 1L << 30;
  private static final double DEFAULT_CORE_HOUR = 0.031611;

  public static UnitPrices of(Cluster cluster) {
    double cpuPrice = 0;
    double coreEquivalents = 0;
    Currency currency = HourlyPrice.USD;
    for (Node node : cluster.nodes()) {
      currency = node.price().currency();
      if (node.gpus().count() == 0) {
        cpuPrice += node.price().amount();
        coreEquivalents +=
            node.capacity().cpuCores() + node.capacity().memoryBytes() / GIB / GIB_PER_CORE_PRICE;
      }
    }
    double core = coreEquivalents > 0 ? cpuPrice / coreEquivalents : DEFAULT_CORE_HOUR;
    double gib = core / GIB_PER_CORE_PRICE;
    double gpuShare = 0;
    int gpus = 0;
    for (Node node : cluster.nodes()) {
      if (node.gpus().count() > 0) {
        double rest =
            node.price().amount()
                - core * node.capacity().cpuCores()
                - gib * node.capacity().memoryBytes() / GIB;
        gpuShare += Math.max(rest, 0);
        gpus += node.gpus().count();
      }
    }
    return new UnitPrices(core, gib, gpus > 0 ? gpuShare / gpus : 0, currency);
  }

  /** The hourly cost of these resources: cores, bytes and GPU equivalents. */
  public double hourly(double cores, double bytes, double gpus) {
    return cores * perCoreHour + bytes / GIB * perGibHour + gpus * perGpuHour;
  }
}
