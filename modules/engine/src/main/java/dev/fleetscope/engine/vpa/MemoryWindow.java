package dev.fleetscope.engine.vpa;

/**
 * The memory half of the VPA's {@code ContainerState}: each container adds one peak per 24-hour
 * interval to the aggregate's memory histogram, replacing it (subtract, add) when a larger sample
 * arrives within the interval. Intervals start at the first sample and are stamped with their end
 * time. An OOM kill becomes an artificial sample of {@code max(used + 100 MiB, used * 1.2)}, where
 * {@code used} is the larger of the memory request and the interval's peak so far.
 */
public final class MemoryWindow {
  static final long INTERVAL_SECONDS = 24 * 3600;
  static final long OOM_MIN_BUMP_UP = 100L * 1024 * 1024;
  static final double OOM_BUMP_UP_RATIO = 1.2;

  private final DecayingHistogram peaks;
  private long memoryPeak;
  private long oomPeak;
  private long windowEnd;
  private boolean started;
  private long lastSampleStart = Long.MIN_VALUE;

  MemoryWindow(DecayingHistogram peaks) {
    this.peaks = peaks;
  }

  /** A usage sample in bytes; false when discarded as out of order or negative. */
  boolean addSample(long epochSecond, long usageBytes) {
    return add(epochSecond, usageBytes, false);
  }

  /** {@code RecordOOM}: false when the kill is older than the current interval's start. */
  boolean recordOom(long epochSecond, long requestBytes) {
    if (started && epochSecond < windowEnd - INTERVAL_SECONDS) {
      return false;
    }
    long used = Math.max(requestBytes, memoryPeak);
    long needed = Math.max(used + OOM_MIN_BUMP_UP, scale(used, OOM_BUMP_UP_RATIO));
    return add(epochSecond, needed, true);
  }

  private boolean add(long ts, long usage, boolean oom) {
    if (usage < 0 || (!oom && ts < lastSampleStart)) {
      return false;
    }
    lastSampleStart = ts;
    if (!started) {
      windowEnd = ts;
      started = true;
    }
    boolean addNewPeak = false;
    if (ts < windowEnd) {
      long oldMax = Math.max(memoryPeak, oomPeak);
      if (oldMax != 0 && usage > oldMax) {
        peaks.subtractSample(oldMax, 1.0, windowEnd);
        addNewPeak = true;
      }
    } else {
      long shift = (ts - windowEnd) / INTERVAL_SECONDS * INTERVAL_SECONDS + INTERVAL_SECONDS;
      windowEnd += shift;
      memoryPeak = 0;
      oomPeak = 0;
      addNewPeak = true;
    }
    if (addNewPeak) {
      peaks.addSample(usage, 1.0, windowEnd);
      if (oom) {
        oomPeak = usage;
      } else {
        memoryPeak = usage;
      }
    }
    return true;
  }

  /** The VPA's {@code ScaleResource}: the product truncated to a whole amount. */
  static long scale(long amount, double factor) {
    return VpaAmounts.fromFloat(amount * factor);
  }
}
