package dev.fleetscope.model;

/**
 * The usage measures kept per container, with the unit each is stored in.
 *
 * <p>Each sample covers one step: CPU is the mean rate over the step, memory and GPU framebuffer
 * the peak within the step (a peak between two scrapes is what OOM-kills a pod, so it must not be
 * averaged away).
 */
public enum Metric {
  /** Mean CPU use over the step, in cores. */
  CPU_CORES("cores", 1),
  /** Peak working-set memory within the step, in bytes. */
  MEMORY_BYTES("bytes", 1L << 30),
  /** GPU utilization (DCGM_FI_DEV_GPU_UTIL) as a fraction 0..1. Reads 0 on MIG slices. */
  GPU_UTILIZATION("fraction", 1),
  /**
   * Graphics engine activity (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a fraction 0..1; valid on MIG
   * slices too.
   */
  GPU_ENGINE_ACTIVE("fraction", 1),
  /** Peak GPU framebuffer use within the step, in bytes. */
  GPU_MEMORY_BYTES("bytes", 1L << 30);

  private final String unit;
  private final double storageScale;

  Metric(String unit, double storageScale) {
    this.unit = unit;
    this.storageScale = storageScale;
  }

  public String unit() {
    return unit;
  }

  /**
   * Values are stored divided by this scale so that they sit well inside half precision's range
   * (memory in GiB: 64 bytes to 64 TiB at 0.05% relative precision).
   */
  double storageScale() {
    return storageScale;
  }
}
