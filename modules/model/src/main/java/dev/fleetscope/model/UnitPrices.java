package dev.fleetscope.model;

import java.util.Currency;

/**
 * What one core, one GiB of memory and one GPU cost per hour in a cluster: the one rule that turns
 * requested capacity into money, whether the Overview prices what is requested but unused or the
 * Recommendations price what a proposal gives back. Derived from the cluster's node prices by
 * {@link #of(Cluster)}.
 *
 * @param perCoreHour the price of one core for one hour
 * @param perGibHour the price of one GiB (2^30 bytes) of memory for one hour
 * @param perGpuHour the price of one GPU (or GPU equivalent) for one hour
 */
public record UnitPrices(
    double perCoreHour, double perGibHour, double perGpuHour, Currency currency) {
  /**
   * OpenCost's default prices (its {@code configs/default.json}, from GCP us-central1): 0.031611
   * per core-hour, 0.004237 per GiB-hour, 0.95 per GPU-hour, in USD. Used for a cluster without
   * priced nodes, and for their ratios everywhere else.
   */
  public static final UnitPrices DEFAULT =
      new UnitPrices(0.031611, 0.004237, 0.95, HourlyPrice.USD);

  private static final double GIB = 1L << 30;

  public UnitPrices {
    if (!validPrice(perCoreHour) || !validPrice(perGibHour) || !validPrice(perGpuHour)) {
      throw new IllegalArgumentException(
          "unit prices must be finite and not negative, were %s per core-hour, %s per GiB-hour, %s per GPU-hour"
              .formatted(perCoreHour, perGibHour, perGpuHour));
    }
    if (currency == null) {
      throw new IllegalArgumentException("unit prices need a currency");
    }
  }

  /** What this much requested capacity costs per hour: cores, bytes and GPU equivalents. */
  public double hourly(double cores, double bytes, double gpus) {
    return cores * perCoreHour + bytes / GIB * perGibHour + gpus * perGpuHour;
  }

  /** What this much requested capacity costs per month (730 hours). */
  public double perMonth(double cores, double bytes, double gpus) {
    return hourly(cores, bytes, gpus) * HourlyPrice.HOURS_PER_MONTH;
  }

  /**
   * The split rule, on allocatable capacity (what requests are placed against, so a cluster's
   * requests can at most cost what its nodes cost):
   *
   * <ol>
   *   <li>CPU-only nodes fix the price of a core and a GiB: {@link #DEFAULT}'s core-to-GiB price
   *       ratio (1 : 1/7.46), scaled so that these nodes' allocatable cores and memory cost what
   *       the nodes cost;
   *   <li>a GPU costs what the GPU nodes cost beyond their allocatable cores and memory at those
   *       prices, per GPU (never below zero);
   *   <li>the GPU fallback: a cluster without GPU nodes prices a GPU at {@link #DEFAULT}'s GPU
   *       price scaled like its cores (a GPU request there is pending, and still worth something),
   *       and a cluster without CPU-only nodes scales all three default prices so that its nodes
   *       cost what they cost, in their own currency.
   * </ol>
   *
   * A cluster without nodes gets {@link #DEFAULT}.
   */
  public static UnitPrices of(Cluster cluster) {
    if (cluster.nodes().isEmpty()) {
      return DEFAULT;
    }
    Currency currency = cluster.nodes().getFirst().price().currency();
    double cpuOnlyPrice = 0;
    double cpuOnlyAtDefault = 0;
    double gpuNodePrice = 0;
    double gpuNodeCoresAndMemoryAtDefault = 0;
    int gpus = 0;
    for (Node node : cluster.nodes()) {
      double atDefault =
          DEFAULT.hourly(node.allocatable().cpuCores(), node.allocatable().memoryBytes(), 0);
      if (node.gpus().count() == 0) {
        cpuOnlyPrice += node.price().amount();
        cpuOnlyAtDefault += atDefault;
      } else {
        gpuNodePrice += node.price().amount();
        gpuNodeCoresAndMemoryAtDefault += atDefault;
        gpus += node.gpus().count();
      }
    }
    if (cpuOnlyAtDefault > 0) {
      double scale = cpuOnlyPrice / cpuOnlyAtDefault;
      double gpuHour =
          gpus == 0
              ? DEFAULT.perGpuHour * scale
              : Math.max(0, gpuNodePrice - gpuNodeCoresAndMemoryAtDefault * scale) / gpus;
      return DEFAULT.scaled(scale, gpuHour, currency);
    }
    double atDefault = gpuNodeCoresAndMemoryAtDefault + gpus * DEFAULT.perGpuHour;
    double scale = atDefault > 0 ? gpuNodePrice / atDefault : 1;
    return DEFAULT.scaled(scale, DEFAULT.perGpuHour * scale, currency);
  }

  private UnitPrices scaled(double scale, double gpuHour, Currency in) {
    return new UnitPrices(perCoreHour * scale, perGibHour * scale, gpuHour, in);
  }

  private static boolean validPrice(double price) {
    return price >= 0 && price < Double.POSITIVE_INFINITY;
  }
}
