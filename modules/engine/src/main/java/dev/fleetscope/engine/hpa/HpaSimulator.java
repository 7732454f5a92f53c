package dev.fleetscope.engine.hpa;

import dev.fleetscope.model.HorizontalAutoscaler;

/**
 * Replays the HPA's control loop over a history: at each step the load is the recorded per-replica
 * use times the replicas that ran, the utilization is that load over the replicas' requests, and
 * the HPA's formula sets the next replica count: {@code desired = ceil(current × utilization /
 * target)}, unchanged while {@code |utilization / target − 1| ≤ 0.1} (its default tolerance), kept
 * within its min and max replicas (at least one: KEDA's scale to zero is its own), and scaled down
 * only to the most it wanted over the last five minutes (the default downscale stabilization
 * window).
 */
public final class HpaSimulator {
  public static final double TOLERANCE = 0.1;
  public static final int DOWNSCALE_WINDOW_SECONDS = 300;

  private HpaSimulator() {}

  /** Replica counts per step; a step without a sample keeps the count. */
  public static int[] replicas(
      double[] perReplicaUse,
      int recordedReplicas,
      double request,
      double target,
      HorizontalAutoscaler hpa,
      int stepSeconds) {
    int min = Math.max(1, hpa.minReplicas());
    int max = Math.max(min, hpa.maxReplicas());
    int window = Math.max(1, (int) Math.ceil(DOWNSCALE_WINDOW_SECONDS / (double) stepSeconds));
    int recorded = Math.max(1, recordedReplicas);
    int[] replicas = new int[perReplicaUse.length];
    int[] wanted = new int[window];
    int current = Math.clamp(recorded, min, max);
    java.util.Arrays.fill(wanted, current);
    for (int t = 0; t < perReplicaUse.length; t++) {
      double use = perReplicaUse[t];
      if (use == use && request > 0) {
        double ratio = use * recorded / (current * request) / target;
        int desired =
            Math.abs(ratio - 1) <= TOLERANCE
                ? current
                : Math.clamp((long) Math.ceil(current * ratio - 1e-9), min, max);
        wanted[t % window] = desired;
        int stabilized = desired;
        for (int w : wanted) {
          stabilized = Math.max(stabilized, w);
        }
        current = desired >= current ? desired : stabilized;
      }
      replicas[t] = current;
    }
    return replicas;
  }

  public static double mean(int[] replicas) {
    double sum = 0;
    for (int r : replicas) {
      sum += r;
    }
    return replicas.length == 0 ? 0 : sum / replicas.length;
  }

  public static int max(int[] replicas) {
    int max = 0;
    for (int r : replicas) {
      max = Math.max(max, r);
    }
    return max;
  }
}
