package dev.fleetscope.packing;

import java.util.Map;

/**
 * Prices per unit of each resource (millicore, byte, pod slot, GPU of a family, MIG slice of a
 * profile) such that no candidate type's price is below what its capacity is worth at them. Then
 * every node costs at least the worth of the pods it holds, so the pods' total worth is a lower
 * bound on any packing's cost (weak LP duality), and a pod's worth is a fair measure of its size.
 */
record DualPrices(
    double perMilli,
    double perByte,
    double perPod,
    Map<String, Double> perGpuOfFamily,
    double[] perMigSlice) {

  double worth(Item item) {
    double worth = perMilli * item.milli + perByte * item.memory + perPod;
    if (item.wholeGpus > 0) {
      worth += item.wholeGpus * perGpu(item.gpuFamily);
    }
    if (item.migCount > 0) {
      worth += item.migCount * perMigSlice[item.migProfile];
    }
    return worth;
  }

  /** What pods with these summed demands are worth. */
  double worth(Demands sum) {
    double worth = perMilli * sum.milli() + perByte * sum.memory() + perPod * sum.pods();
    for (Map.Entry<String, Long> gpus : sum.wholeGpus().entrySet()) {
      worth += gpus.getValue() * perGpu(gpus.getKey());
    }
    for (int k = 0; k < perMigSlice.length; k++) {
      worth += sum.migSlices()[k] * perMigSlice[k];
    }
    return worth;
  }

  /** Demands of several pods, summed; whole GPUs by family (empty: any family). */
  record Demands(
      double milli, double memory, long pods, Map<String, Long> wholeGpus, long[] migSlices) {
    static Demands of(java.util.List<Item> items, int profiles) {
      double milli = 0;
      double memory = 0;
      Map<String, Long> whole = new java.util.TreeMap<>();
      long[] mig = new long[profiles];
      for (Item item : items) {
        milli += item.milli;
        memory += item.memory;
        if (item.wholeGpus > 0) {
          whole.merge(item.gpuFamily, (long) item.wholeGpus, Long::sum);
        }
        if (item.migCount > 0) {
          mig[item.migProfile] += item.migCount;
        }
      }
      return new Demands(milli, memory, items.size(), whole, mig);
    }
  }

  /** The worth of a node's whole capacity. */
  double worth(Capacity cap, String family) {
    double worth =
        perMilli * Math.max(cap.milli(), 0)
            + perByte * Math.max(cap.memory(), 0)
            + perPod * Math.max(cap.pods(), 0)
            + cap.gpus() * perGpuOfFamily.getOrDefault(family, 0.0);
    for (int k = 0; k < perMigSlice.length; k++) {
      worth += cap.mig()[k] * perMigSlice[k];
    }
    return worth;
  }

  /** A GPU of any family is worth the cheapest family's price: the pod may land on that one. */
  private double perGpu(String family) {
    if (!family.isEmpty()) {
      return perGpuOfFamily.getOrDefault(family, 0.0);
    }
    return perGpuOfFamily.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }
}
