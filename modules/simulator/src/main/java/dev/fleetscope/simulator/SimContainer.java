package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Resources;

/**
 * One container of the demo fleet: its spec, the profile that drives it, and the rules a real node
 * applies to it. Demand above a CPU limit is throttled; a memory peak above the limit is an OOM
 * kill (the sample shows the limit it reached, then the container starts over).
 */
record SimContainer(ContainerRef ref, ContainerSpec spec, UsageProfile profile, long stream) {

  /** Actual per-replica usage at {@code minute}. */
  void usage(long minute, UsagePoint out) {
    profile.demand(minute, stream, out);
    if (!out.running) {
      return;
    }
    Resources limits = spec.limits();
    if (out.cpu > limits.cpuCores()) {
      out.throttled = 1 - limits.cpuCores() / out.cpu;
      out.cpu = limits.cpuCores();
    }
    if (out.memory > limits.memoryBytes()) {
      out.oomKilled = true;
      out.memory = limits.memoryBytes();
    }
    if (spec.gpu() instanceof GpuAllocation.None) {
      out.gpuActivity = Double.NaN;
      out.gpuMemory = Double.NaN;
    }
  }

  boolean usesGpu() {
    return !(spec.gpu() instanceof GpuAllocation.None);
  }

  /**
   * MIG slices report no DCGM_FI_DEV_GPU_UTIL (it reads 0); only the profiling engine-activity
   * field is valid.
   */
  boolean onMigSlice() {
    return spec.gpu() instanceof GpuAllocation.Mig;
  }

  /** A copy with new requests and limits, as after a rightsizing patch. */
  SimContainer withResources(Resources requests, Resources limits) {
    return new SimContainer(
        ref, new ContainerSpec(spec.name(), requests, limits, spec.gpu()), profile, stream);
  }
}
