package dev.fleetscope.engine.gpu;

import dev.fleetscope.model.GpuAllocation;

/**
 * Whether a container's GPUs are used, and what would fit instead.
 *
 * @param busyP95 the 95th percentile of graphics-engine activity, as a fraction of what is
 *     allocated (NaN when it cannot be measured)
 * @param framebufferPeakBytes the most framebuffer it used
 * @param suggested the allocation that fits (the current one when nothing smaller does)
 * @param summary one line a person reads
 */
public record GpuAdvice(
    double busyP95, double framebufferPeakBytes, GpuAllocation suggested, String summary) {
  /** GPU-equivalents given back per replica. */
  public double gpusSaved(GpuAllocation current) {
    return current.gpuEquivalent() - suggested.gpuEquivalent();
  }
}
