package dev.fleetscope.cost.allocation;

/** Cost per hour of CPU, memory and GPU, in the currency of the allocation it belongs to. */
public record PartCost(double cpu, double memory, double gpu) {
  public static final PartCost ZERO = new PartCost(0, 0, 0);

  public double total() {
    return cpu + memory + gpu;
  }

  public PartCost plus(PartCost other) {
    return new PartCost(cpu + other.cpu, memory + other.memory, gpu + other.gpu);
  }
}
