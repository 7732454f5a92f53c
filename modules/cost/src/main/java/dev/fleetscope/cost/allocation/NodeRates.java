package dev.fleetscope.cost.allocation;

import dev.fleetscope.model.Node;

/**
 * A node's price per hour of one core, one GiB of memory and one GPU, such that its whole capacity
 * costs exactly its hourly price: {@code perGib = price / (gpus × gpuToRam + cores × cpuToRam +
 * GiB)}, as OpenCost computes it.
 */
record NodeRates(double perCore, double perGib, double perGpu) {
  static final double GIB = 1L << 30;

  static NodeRates of(Node node, PartRatios ratios) {
    double cores = node.capacity().cpuCores();
    double gib = node.capacity().memoryBytes() / GIB;
    int gpus = node.gpus().count();
    double ramMultiple = gpus * ratios.gpuToRam() + cores * ratios.cpuToRam() + gib;
    if (ramMultiple <= 0) {
      return new NodeRates(0, 0, 0);
    }
    double perGib = node.price().amount() / ramMultiple;
    return new NodeRates(perGib * ratios.cpuToRam(), perGib, perGib * ratios.gpuToRam());
  }

  PartCost cost(double cores, double bytes, double gpus) {
    return new PartCost(cores * perCore, bytes / GIB * perGib, gpus * perGpu);
  }
}
