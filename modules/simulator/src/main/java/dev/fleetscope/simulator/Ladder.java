package dev.fleetscope.simulator;

/** The round numbers people actually type into resource requests. */
final class Ladder {
  private static final double[] CORES = {
    0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48
  };
  private static final long MI = 1L << 20;
  private static final long[] MEMORY = {
    64 * MI,
    128 * MI,
    256 * MI,
    384 * MI,
    512 * MI,
    768 * MI,
    1024 * MI,
    1536 * MI,
    2048 * MI,
    3072 * MI,
    4096 * MI,
    6144 * MI,
    8192 * MI,
    12288 * MI,
    16384 * MI,
    24576 * MI,
    32768 * MI,
    49152 * MI,
    65536 * MI,
    98304 * MI,
    131072 * MI,
    196608 * MI
  };

  private Ladder() {}

  /** The smallest round value at or above {@code cores}. */
  static double cores(double cores) {
    for (double step : CORES) {
      if (step >= cores) {
        return step;
      }
    }
    return Math.ceil(cores);
  }

  /**
   * The largest round value at or below {@code cores} (at least the smallest step): for the
   * under-provisioned.
   */
  static double coresBelow(double cores) {
    double best = CORES[0];
    for (double step : CORES) {
      if (step <= cores) {
        best = step;
      }
    }
    return best;
  }

  static long memory(double bytes) {
    for (long step : MEMORY) {
      if (step >= bytes) {
        return step;
      }
    }
    return (long) Math.ceil(bytes / (1L << 30)) << 30;
  }
}
