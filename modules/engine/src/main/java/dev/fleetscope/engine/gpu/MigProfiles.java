package dev.fleetscope.engine.gpu;

import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.NodeGpus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The MIG profiles a GPU offers. A node already partitioned advertises its slices; an unpartitioned
 * A100, H100, H200 or B200 offers NVIDIA's standard seven-slice profiles (1g, 2g, 3g, 4g, 7g with
 * 1/8, 1/4, 1/2, 1/2 and all of the framebuffer); other GPUs cannot be partitioned and are shared
 * by time-slicing instead.
 */
public final class MigProfiles {
  private static final List<String> MIG_CAPABLE = List.of("A100", "H100", "H200", "B200");

  private MigProfiles() {}

  public static List<MigProfile> of(NodeGpus gpus) {
    if (gpus.migPartitioned()) {
      return gpus.migSlices().stream()
          .map(NodeGpus.MigSlices::profile)
          .distinct()
          .sorted(Comparator.comparingInt(MigProfile::computeSlices))
          .toList();
    }
    String model = gpus.model().toUpperCase(Locale.ROOT);
    if (gpus.count() == 0 || MIG_CAPABLE.stream().noneMatch(model::contains)) {
      return List.of();
    }
    long gigabytes = nominalGigabytes(gpus.memoryBytesPerGpu());
    return List.of(
        profile(1, gigabytes / 8),
        profile(2, gigabytes / 4),
        profile(3, gigabytes / 2),
        profile(4, gigabytes / 2),
        profile(7, gigabytes));
  }

  /** Marketing gigabytes: 80 for both 80 GiB and 80 GB devices. */
  static long nominalGigabytes(long bytes) {
    return bytes % (1L << 30) == 0 ? bytes >> 30 : Math.round(bytes / 1e9);
  }

  private static MigProfile profile(int slices, long gigabytes) {
    return new MigProfile(slices + "g." + gigabytes + "gb", slices, gigabytes * 1_000_000_000L);
  }
}
