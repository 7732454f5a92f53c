package dev.fleetscope.cost.price;

/**
 * What an instance type is made of. GCP prices machines by these parts (per vCPU-hour, per
 * GiB-hour, per GPU-hour), so its instance prices are computed from a shape; the other clouds price
 * types whole.
 *
 * @param gpuModel empty for a CPU-only type
 */
public record InstanceShape(double vcpus, double memoryGib, int gpus, String gpuModel) {
  public static final InstanceShape UNKNOWN = new InstanceShape(0, 0, 0, "");

  public InstanceShape {
    if (vcpus < 0 || memoryGib < 0 || gpus < 0) {
      throw new IllegalArgumentException(
          "an instance shape cannot be negative: "
              + vcpus
              + " vCPUs, "
              + memoryGib
              + " GiB, "
              + gpus
              + " GPUs");
    }
  }

  public boolean hasGpus() {
    return gpus > 0;
  }
}
