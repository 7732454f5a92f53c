package dev.fleetscope.model;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How a JVM in a container sizes its heap, and what it needs beside the heap. A JVM takes its heap
 * up to the maximum before it collects hard, so its working set says little about what it needs: a
 * memory limit below the maximum heap plus the non-heap memory is an OOM kill waiting for the heap
 * to fill.
 *
 * @param maxHeapBytes a fixed maximum heap ({@code -Xmx}, {@code -XX:MaxHeapSize}); wins over a
 *     percentage, as in the JVM
 * @param maxRamFraction the heap as a share of the container's memory limit ({@code
 *     -XX:MaxRAMPercentage}, 0.25 when neither is given: the JVM's default)
 * @param overheadBytes memory beside the heap: metaspace, code cache, thread stacks, direct buffers
 *     ({@link JvmOptions} says how it is estimated)
 * @param evidence why the container is taken for a JVM ({@code -Xmx2g in JAVA_TOOL_OPTIONS})
 */
public record JvmMemory(
    OptionalLong maxHeapBytes, double maxRamFraction, long overheadBytes, String evidence) {
  public static final double DEFAULT_MAX_RAM_FRACTION = 0.25;

  public JvmMemory {
    if (!(maxRamFraction > 0 && maxRamFraction <= 1)) {
      throw new IllegalArgumentException(
          "MaxRAMPercentage must be above 0 and at most 100, was " + maxRamFraction * 100);
    }
    if (overheadBytes < 0) {
      throw new IllegalArgumentException("JVM overhead must not be negative, was " + overheadBytes);
    }
  }

  public boolean fixedHeap() {
    return maxHeapBytes.isPresent();
  }

  /** The maximum heap under a memory limit: fixed, or the percentage of the limit. */
  public double heapAt(double memoryLimitBytes) {
    return fixedHeap() ? maxHeapBytes.getAsLong() : maxRamFraction * memoryLimitBytes;
  }

  /** What the JVM takes at most under a memory limit: its maximum heap plus the overhead. */
  public double footprintAt(double memoryLimitBytes) {
    return heapAt(memoryLimitBytes) + overheadBytes;
  }

  /**
   * The lowest memory limit the JVM fits in: the fixed heap plus overhead, or, for a percentage,
   * the limit whose remaining share holds the overhead.
   */
  public long floorBytes() {
    return fixedHeap()
        ? maxHeapBytes.getAsLong() + overheadBytes
        : maxRamFraction >= 1
            ? Long.MAX_VALUE
            : (long) Math.ceil(overheadBytes / (1 - maxRamFraction));
  }

  /** The share of the limit as {@code -XX:MaxRAMPercentage} would read, when not fixed. */
  public OptionalDouble percentage() {
    return fixedHeap() ? OptionalDouble.empty() : OptionalDouble.of(maxRamFraction * 100);
  }

  /**
   * {@code heap fixed at 2.00 GiB (-Xmx)} or {@code heap 75% of the limit (-XX:MaxRAMPercentage)}.
   */
  public String describeHeap() {
    return fixedHeap()
        ? "heap fixed at " + Units.bytes(maxHeapBytes.getAsLong()) + " (-Xmx)"
        : "heap " + Units.percent(maxRamFraction) + " of the limit (-XX:MaxRAMPercentage)";
  }
}
