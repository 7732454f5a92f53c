package dev.fleetscope.model.serving;

/** The 50th, 95th and 99th percentiles of a duration, in seconds. */
public record Percentiles(double p50, double p95, double p99) {
  public static final double[] QUANTILES = {0.5, 0.95, 0.99};

  public Percentiles {
    if (!Double.isFinite(p50) || !Double.isFinite(p95) || !Double.isFinite(p99)) {
      throw new IllegalArgumentException(
          "percentiles are finite seconds, were " + p50 + ", " + p95 + ", " + p99);
    }
    if (p50 > p95 || p95 > p99) {
      throw new IllegalArgumentException(
          "percentiles must not decrease, were " + p50 + ", " + p95 + ", " + p99);
    }
  }

  /** The same percentiles in another unit: {@code times(1e-3)} turns milliseconds into seconds. */
  public Percentiles times(double factor) {
    return new Percentiles(p50 * factor, p95 * factor, p99 * factor);
  }
}
