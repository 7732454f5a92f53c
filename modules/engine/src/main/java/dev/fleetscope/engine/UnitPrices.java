package dev.fleetscope.engine;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import java.util.Currency;

/**
 * What one core, one GiB of memory and one GPU cost per hour in a cluster: how requested capacity
 * saved is turned into money. Derived from the cluster's node prices by {@link #of(Cluster)}.
 */
public record UnitPrices(double coreHour, double gibHour, double gpuHour, Currency currency) {
  /**
   * OpenCost's default prices (its {@code configs/default.json}, from GCP us-central1): 0.031611
   * per core-hour, 0.004237 per GiB-hour, 0.95 per GPU-hour, in USD. Used when no node prices are
   * known, and for their ratios.
   */
  public static final UnitPrices DEFAULT =
      new UnitPrices(0.031611, 0.004237, 0.95, HourlyPrice.USD);

  private static final double GIB = 1L << 30;

  public UnitPrices {
    if (!(coreHour >= 0) || !(gibHour >= 0) || !(gpuHour >= 0)) {
      throw new IllegalArgumentException("unit prices must not be negative");
    }
  }

  /** What this much requested capacity costs per month (730 hours). */
  public double perMonth(double cores, double bytes, double gpus) {
    return (cores * coreHour + bytes / GIB * gibHour + gpus * gpuHour)
        * HourlyPrice.HOURS_PER_MONTH;
  }

  /**
   * The split rule, on allocatable capacity (what requests are placed against):
   *
   * <ol>
   *   <li>CPU-only nodes fix the price of a core and a GiB: {@link #DEFAULT}'s core-to-GiB price
   *       ratio, scaled so that these nodes' cores and memory cost what the nodes cost;
   *   <li>a GPU costs what the GPU nodes cost beyond their cores and memory at those prices, per
   *       GPU;
   *   <li>a cluster without CPU-only nodes scales all three default prices so its nodes cost what
   *       they cost.
   * </ol>
   *
   * A cluster without priced nodes gets the defaults.
   */
  public static UnitPrices of(Cluster cluster) {
    if (cluster.nodes().isEmpty()) {
      return DEFAULT;
    }
    Currency currency = cluster.nodes().getFirst().price().currency();
    double cpuOnlyPrice = 0;
    double cpuOnlyDefault = 0;
    double gpuNodePrice = 0;
    double gpuNodeCoresAndMemory = 0;
    int gpus = 0;
    for (Node node : cluster.nodes()) {
      double cores = node.allocatable().cpuCores();
      double gib = node.allocatable().memoryBytes() / GIB;
      double atDefault = cores * DEFAULT.coreHour + gib * DEFAULT.gibHour;
      if (node.gpus().count() == 0) {
        cpuOnlyPrice += node.price().amount();
        cpuOnlyDefault += atDefault;
      } else {
        gpuNodePrice += node.price().amount();
        gpuNodeCoresAndMemory += atDefault;
        gpus += node.gpus().count();
      }
    }
    if (cpuOnlyDefault > 0) {
      double scale = cpuOnlyPrice / cpuOnlyDefault;
      double gpuHour =
          gpus == 0
              ? DEFAULT.gpuHour * scale
              : Math.max(0, gpuNodePrice - gpuNodeCoresAndMemory * scale) / gpus;
      return new UnitPrices(DEFAULT.coreHour * scale, DEFAULT.gibHour * scale, gpuHour, currency);
    }
    double atDefault = gpuNodeCoresAndMemory + gpus * DEFAULT.gpuHour;
    double scale = atDefault > 0 ? gpuNodePrice / atDefault : 1;
    return new UnitPrices(
        DEFAULT.coreHour * scale, DEFAULT.gibHour * scale, DEFAULT.gpuHour * scale, currency);
  }
}
