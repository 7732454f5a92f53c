package dev.fleetscope.model;

/** Where a workload's GPUs come from. */
public enum GpuSource {
  NONE,
  /** Extended resources of the device plugin: {@code nvidia.com/gpu}, {@code nvidia.com/mig-*}. */
  DEVICE_PLUGIN,
  /** Devices allocated to ResourceClaims (Dynamic Resource Allocation). */
  DRA,
  DEVICE_PLUGIN_AND_DRA
}
