package dev.fleetscope.apply;

import java.time.Duration;

/**
 * How a run is paced.
 *
 * @param batchSize workloads sent together before their rollouts are awaited
 * @param pause wait between two batches, to let a bad change show itself before the next batch
 * @param rolloutTimeout how long one workload's rollout may take before it counts as failed
 */
public record ApplyOptions(int batchSize, Duration pause, Duration rolloutTimeout) {
  public ApplyOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("a batch holds at least one workload, was " + batchSize);
    }
    if (pause.isNegative() || rolloutTimeout.isNegative()) {
      throw new IllegalArgumentException("pause and rollout timeout must not be negative");
    }
  }

  public static ApplyOptions defaults() {
    return new ApplyOptions(5, Duration.ofSeconds(30), Duration.ofMinutes(10));
  }
}
