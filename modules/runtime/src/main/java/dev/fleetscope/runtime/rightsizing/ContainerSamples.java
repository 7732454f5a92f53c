package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.engine.stats.LinearPercentile;
import dev.fleetscope.model.Resources;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one container as they came, in any order, turned into the engine's evenly spaced
 * history: the step is the median gap between consecutive timestamps (so a jittered scrape still
 * finds its interval), each row goes to the step nearest its time, and where several rows share a
 * step CPU is averaged and memory maxed (a peak must never be averaged away). The requests and
 * limits are those of the newest row.
 */
public final class ContainerSamples {
  /** A history longer than this many steps means the timestamps cannot be evenly spaced samples. */
  static final int MAX_STEPS = 50_000_000;

  private long[] timestamps;
  private double[] cpu;
  private double[] memory;
  private int size;
  private long newest = Long.MIN_VALUE;
  private final double[] resources = new double[SampleColumns.RESOURCES.size()];

  ContainerSamples() {
    this(64);
  }

  /** Room for {@code capacity} rows before the arrays grow. */
  ContainerSamples(int capacity) {
    timestamps = new long[capacity];
    cpu = new double[capacity];
    memory = new double[capacity];
  }

  void add(long timestamp, double cpuCores, double memoryBytes, double[] rowResources) {
    if (size == timestamps.length) {
      int grown = size + (size >> 1);
      timestamps = Arrays.copyOf(timestamps, grown);
      cpu = Arrays.copyOf(cpu, grown);
      memory = Arrays.copyOf(memory, grown);
    }
    timestamps[size] = timestamp;
    cpu[size] = cpuCores;
    memory[size] = memoryBytes;
    size++;
    if (timestamp >= newest) {
      newest = timestamp;
      System.arraycopy(rowResources, 0, resources, 0, resources.length);
    }
  }

  /**
   * One container's rows read in parts (ranges of a file, in file order) as if read one by one:
   * rows in the same order, and the requests and limits of the last row with the newest time.
   */
  static ContainerSamples join(List<ContainerSamples> parts) {
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    int total = parts.stream().mapToInt(p -> p.size).sum();
    ContainerSamples joined = new ContainerSamples(total);
    for (ContainerSamples part : parts) {
      System.arraycopy(part.timestamps, 0, joined.timestamps, joined.size, part.size);
      System.arraycopy(part.cpu, 0, joined.cpu, joined.size, part.size);
      System.arraycopy(part.memory, 0, joined.memory, joined.size, part.size);
      joined.size += part.size;
      if (part.newest >= joined.newest) {
        joined.newest = part.newest;
        System.arraycopy(part.resources, 0, joined.resources, 0, joined.resources.length);
      }
    }
    return joined;
  }

  /**
   * The current requests and limits; an unset request with a limit set defaults to the limit, as
   * Kubernetes does.
   */
  public Sizing current() {
    double cpuLimit = Double.isNaN(resources[2]) ? Double.POSITIVE_INFINITY : resources[2];
    long memoryLimit = Double.isNaN(resources[3]) ? Long.MAX_VALUE : (long) Math.ceil(resources[3]);
    double cpuRequest =
        !Double.isNaN(resources[0]) ? resources[0] : Double.isFinite(cpuLimit) ? cpuLimit : 0;
    long memoryRequest =
        !Double.isNaN(resources[1])
            ? (long) Math.ceil(resources[1])
            : memoryLimit != Long.MAX_VALUE ? memoryLimit : 0;
    return new Sizing(
        new Resources(cpuRequest, memoryRequest), new Resources(cpuLimit, memoryLimit));
  }

  /**
   * Throws {@link IllegalArgumentException} with the reason when the rows cannot form a history.
   */
  public UsageHistory history() {
    long[] order = timeOrder();
    long first = timestamps[(int) (order[0] & Integer.MAX_VALUE)];
    long last = timestamps[(int) (order[size - 1] & Integer.MAX_VALUE)];
    int step = step(order);
    long steps = Math.round((last - first) / (double) step) + 1;
    if (steps > MAX_STEPS) {
      throw new IllegalArgumentException(
          "its "
              + size
              + " rows span "
              + (last - first)
              + " s at a "
              + step
              + " s step: more than "
              + MAX_STEPS
              + " steps");
    }
    double[] cpuCores = new double[(int) steps];
    double[] memoryBytes = new double[(int) steps];
    int[] counts = new int[(int) steps];
    Arrays.fill(cpuCores, Double.NaN);
    Arrays.fill(memoryBytes, Double.NaN);
    int[] cpuCounts = new int[(int) steps];
    for (int i = 0; i < size; i++) {
      int slot = (int) Math.round((timestamps[i] - first) / (double) step);
      double c = cpu[i];
      if (c == c) {
        cpuCores[slot] =
            cpuCounts[slot]++ == 0 ? c : cpuCores[slot] + (c - cpuCores[slot]) / cpuCounts[slot];
      }
      double m = memory[i];
      if (m == m) {
        memoryBytes[slot] = counts[slot]++ == 0 ? m : Math.max(memoryBytes[slot], m);
      }
    }
    return UsageHistory.of(first, step, cpuCores, memoryBytes);
  }

  /** Row indexes sorted by time: {@code (time - earliest) << 31 | index}, sorted as plain longs. */
  private long[] timeOrder() {
    long earliest = Long.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      earliest = Math.min(earliest, timestamps[i]);
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      if (timestamps[i] - earliest >= 1L << 32) {
        throw new IllegalArgumentException("its timestamps span more than 136 years");
      }
      keys[i] = (timestamps[i] - earliest) << 31 | i;
    }
    Arrays.sort(keys);
    return keys;
  }

  private int step(long[] order) {
    double[] gaps = new double[Math.max(0, size - 1)];
    int n = 0;
    for (int i = 1; i < size; i++) {
      long gap = (order[i] >>> 31) - (order[i - 1] >>> 31);
      if (gap > 0) {
        gaps[n++] = gap;
      }
    }
    if (n == 0) {
      return 60;
    }
    double median = LinearPercentile.of(Arrays.copyOf(gaps, n), 50);
    return (int) Math.max(1, Math.round(median));
  }

  int rows() {
    return size;
  }
}
