package dev.fleetscope.cost.allocation;

/**
 * How a node's hourly price is split between its cores, memory and GPUs when only the whole price
 * is known. OpenCost does it this way: its default list prices (per core-hour, GiB-hour, GPU-hour)
 * are used only for their ratios, and the node's real price is shared in those proportions.
 */
public record PartRatios(double cpuPerCoreHour, double ramPerGibHour, double gpuPerHour) {
  /** OpenCost's defaults (its configs/default.json; GCP us-central1 list prices). */
  public static final PartRatios OPENCOST_DEFAULTS = new PartRatios(0.031611, 0.004237, 0.95);

  public PartRatios {
    if (!(cpuPerCoreHour > 0 && ramPerGibHour > 0 && gpuPerHour > 0)) {
      throw new IllegalArgumentException("part prices must be positive to give ratios");
    }
  }

  double cpuToRam() {
    return cpuPerCoreHour / ramPerGibHour;
  }

  double gpuToRam() {
    return gpuPerHour / ramPerGibHour;
  }
}
