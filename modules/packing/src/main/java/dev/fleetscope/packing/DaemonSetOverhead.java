package dev.fleetscope.packing;

/**
 * What DaemonSets take on every node, before any pod of the packing lands: their requests summed
 * and their pod count (which counts against the node's max pods).
 */
public record DaemonSetOverhead(double cpuCores, long memoryBytes, int pods) {
  public static final DaemonSetOverhead NONE = new DaemonSetOverhead(0, 0, 0);

  public DaemonSetOverhead {
    if (!(cpuCores >= 0) || memoryBytes < 0 || pods < 0) {
      throw new IllegalArgumentException(
          "DaemonSet overhead cannot be negative: "
              + cpuCores
              + " cores, "
              + memoryBytes
              + " bytes, "
              + pods
              + " pods");
    }
  }
}
