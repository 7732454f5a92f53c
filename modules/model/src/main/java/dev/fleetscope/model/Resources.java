package dev.fleetscope.model;

/**
 * CPU and memory as Kubernetes counts them: cores and bytes.
 *
 * <p>Requests that are not set are zero ({@link #NONE}); limits that are not set are unbounded
 * ({@link #UNBOUNDED}: infinite cores, {@link Long#MAX_VALUE} bytes), so "usage above limit" is
 * simply false for a container without a limit, with no special case at the call site.
 */
public record Resources(double cpuCores, long memoryBytes) {
  public static final Resources NONE = new Resources(0, 0);
  public static final Resources UNBOUNDED = new Resources(Double.POSITIVE_INFINITY, Long.MAX_VALUE);

  public Resources {
    if (Double.isNaN(cpuCores) || cpuCores < 0) {
      throw new IllegalArgumentException(
          "CPU must be a non-negative number of cores, was " + cpuCores);
    }
    if (memoryBytes < 0) {
      throw new IllegalArgumentException(
          "memory must be a non-negative number of bytes, was " + memoryBytes);
    }
  }

  public static Resources of(double cpuCores, long memoryBytes) {
    return new Resources(cpuCores, memoryBytes);
  }

  public boolean cpuBounded() {
    return Double.isFinite(cpuCores);
  }

  public boolean memoryBounded() {
    return memoryBytes != Long.MAX_VALUE;
  }

  public Resources withCpu(double cores) {
    return new Resources(cores, memoryBytes);
  }

  public Resources withMemory(long bytes) {
    return new Resources(cpuCores, bytes);
  }

  public Resources plus(Resources other) {
    return new Resources(cpuCores + other.cpuCores, saturatedAdd(memoryBytes, other.memoryBytes));
  }

  public Resources times(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    long memory =
        count > 0 && memoryBytes > Long.MAX_VALUE / count ? Long.MAX_VALUE : memoryBytes * count;
    return new Resources(cpuCores * count, memory);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
