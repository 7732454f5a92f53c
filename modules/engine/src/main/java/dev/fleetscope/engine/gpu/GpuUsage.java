package dev.fleetscope.engine.gpu;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.MigProfile;
import java.util.List;

/**
 * What a container's GPUs did, per step (NaN = no sample), and what it could be given instead.
 *
 * @param utilization {@code DCGM_FI_DEV_GPU_UTIL} as a fraction; reads 0 on MIG slices
 * @param engineActive {@code DCGM_FI_PROF_GR_ENGINE_ACTIVE} as a fraction of the allocation; valid
 *     on MIG slices (may be empty when the exporter does not collect profiling metrics)
 * @param framebufferBytes peak framebuffer in use per step
 * @param allocation what the container asks for now
 * @param deviceMemoryBytes the framebuffer of one physical GPU
 * @param migProfiles the MIG profiles the device offers, smallest first; empty when it cannot be
 *     partitioned
 */
public record GpuUsage(
    double[] utilization,
    double[] engineActive,
    double[] framebufferBytes,
    GpuAllocation allocation,
    long deviceMemoryBytes,
    List<MigProfile> migProfiles) {

  public GpuUsage {
    migProfiles = List.copyOf(migProfiles);
  }
}
