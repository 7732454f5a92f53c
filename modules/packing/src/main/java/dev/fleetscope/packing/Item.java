package dev.fleetscope.packing;

/**
 * A pod as the packer works with it: integer millicores and bytes, GPU demand as indexes, and which
 * candidate types could hold it on an empty node.
 */
final class Item {
  final int index;
  final PodRequest pod;
  final long milli;
  final long memory;
  final int wholeGpus;
  final String gpuFamily;
  final int migProfile;
  final int migCount;
  final String zone;
  final int group;
  final boolean[] feasible;
  boolean pinned;

  /** Whether some candidate type could hold it on a new node. */
  boolean openable;

  Item(int index, PodRequest pod, String zone, int migProfile, int group, boolean[] feasible) {
    this.index = index;
    this.pod = pod;
    this.milli = (long) Math.ceil(pod.cpuCores() * 1000 - 1e-9);
    this.memory = pod.memoryBytes();
    this.wholeGpus = pod.gpu() instanceof GpuDemand.Whole w ? w.count() : 0;
    this.gpuFamily = pod.gpu() instanceof GpuDemand.Whole w ? w.family() : "";
    this.migProfile = migProfile;
    this.migCount = pod.gpu() instanceof GpuDemand.Mig m ? m.count() : 0;
    this.zone = zone;
    this.group = group;
    this.feasible = feasible;
  }

  String name() {
    return pod.name();
  }
}
