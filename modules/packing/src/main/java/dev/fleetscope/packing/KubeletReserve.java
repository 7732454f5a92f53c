package dev.fleetscope.packing;

/**
 * What the kubelet leaves to pods of a machine's capacity, after system and kube reservations and
 * the eviction threshold, following GKE's published tiers (EKS and AKS reserve amounts of the same
 * order): a share of each band of cores and of memory, so small and large machines lose realistic
 * amounts. Use it for candidate types a price catalog lists by capacity only.
 */
public final class KubeletReserve {
  private static final double GIB = 1L << 30;
  private static final long EVICTION_THRESHOLD_BYTES = 100L << 20;

  private KubeletReserve() {}

  /** Allocatable cores of a machine with {@code vcpus}. */
  public static double allocatableCores(double vcpus) {
    double reserved =
        Math.min(vcpus, 1) * 0.06
            + Math.clamp(vcpus - 1, 0, 1) * 0.01
            + Math.clamp(vcpus - 2, 0, 2) * 0.005
            + Math.max(vcpus - 4, 0) * 0.0025;
    return vcpus - reserved;
  }

  /** Allocatable bytes of a machine with {@code memoryBytes}. */
  public static long allocatableMemory(long memoryBytes) {
    double gib = memoryBytes / GIB;
    double reservedGib =
        Math.min(gib, 4) * 0.25
            + Math.clamp(gib - 4, 0, 4) * 0.2
            + Math.clamp(gib - 8, 0, 8) * 0.1
            + Math.clamp(gib - 16, 0, 112) * 0.06
            + Math.max(gib - 128, 0) * 0.02;
    return Math.max(0, memoryBytes - (long) (reservedGib * GIB) - EVICTION_THRESHOLD_BYTES);
  }
}
