package dev.fleetscope.runtime.fleet;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import java.time.Duration;
import java.time.Instant;

/**
 * The whole fleet's CPU use over a recent window, in buckets: what the Overview's trend chart
 * draws.
 */
public record FleetTrend(Instant start, Duration bucket, double[] usedCores) {

  /**
   * Mean cores in use per bucket over the {@code window} before the snapshot, all clusters
   * together.
   */
  public static FleetTrend cpu(FleetSnapshot snapshot, Duration window, Duration bucket) {
    int buckets = (int) window.dividedBy(bucket);
    Instant start = snapshot.at().minus(window);
    double[] sums = new double[buckets];
    int[] counts = new int[buckets];
    long bucketSeconds = bucket.toSeconds();
    snapshot.workloads().forEach(w -> add(snapshot, w, start, bucketSeconds, sums, counts));
    double[] used = new double[buckets];
    int samplesPerBucket = (int) Math.max(1, bucketSeconds / 60);
    for (int b = 0; b < buckets; b++) {
      used[b] = counts[b] == 0 ? Double.NaN : sums[b] / samplesPerBucket;
    }
    return new FleetTrend(start, bucket, used);
  }

  private static void add(
      FleetSnapshot snapshot,
      Workload w,
      Instant start,
      long bucketSeconds,
      double[] sums,
      int[] counts) {
    for (ContainerSpec spec : w.containers()) {
      Series cpu =
          snapshot
              .usage(w.ref().container(spec.name()))
              .map(u -> u.history(Metric.CPU_CORES))
              .orElse(Series.EMPTY)
              .since(start);
      int replicas = w.pods().size();
      for (int i = 0; i < cpu.size(); i++) {
        int b = (int) ((cpu.epochSecondAt(i) - start.getEpochSecond()) / bucketSeconds);
        double v = cpu.get(i);
        if (b < sums.length) {
          counts[b]++;
          sums[b] += Double.isNaN(v) ? 0 : v * replicas;
        }
      }
    }
  }
}
