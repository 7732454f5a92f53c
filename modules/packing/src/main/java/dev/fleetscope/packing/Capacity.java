package dev.fleetscope.packing;

/**
 * What a node of one candidate type offers pods once the DaemonSets are on it: millicores, bytes,
 * pod slots, whole GPUs and MIG slices per profile index.
 */
record Capacity(long milli, long memory, int pods, int gpus, int[] mig) {
  static Capacity of(NodeType type, DaemonSetOverhead overhead, java.util.List<String> profiles) {
    int[] mig = new int[profiles.size()];
    for (int k = 0; k < mig.length; k++) {
      mig[k] = type.migSlices().getOrDefault(profiles.get(k), 0);
    }
    long milli = (long) Math.floor(type.cpuCores() * 1000 + 1e-9);
    long overheadMilli = (long) Math.ceil(overhead.cpuCores() * 1000 - 1e-9);
    return new Capacity(
        milli - overheadMilli,
        type.memoryBytes() - overhead.memoryBytes(),
        type.maxPods() - overhead.pods(),
        type.gpus(),
        mig);
  }

  int gpuUnits() {
    int units = gpus;
    for (int m : mig) {
      units += m;
    }
    return units;
  }
}
