package dev.fleetscope.prometheus;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.Optional;

/**
 * One pod of the {@link FixtureFleet}: its workload, its direct owner as kube-state-metrics reports
 * it (a ReplicaSet for a Deployment, a Job for a CronJob), the steps it lived, and a scale applied
 * to its containers' usage (a quieter second replica).
 */
record FixturePod(
    String name,
    WorkloadRef owner,
    String ownerKind,
    String ownerName,
    int from,
    int to,
    double scale,
    String node,
    List<Usage> containers) {

  /**
   * A container's usage per step {@code k}, and its events.
   *
   * @param throttled the share of CFS periods throttled, for a container with a CPU limit; NaN
   *     without one
   * @param oomByCadvisor the step in which cAdvisor counts an OOM event, if any
   * @param oomByKubeStateMetrics the step in which kube-state-metrics sees an OOMKilled restart, if
   *     any
   */
  record Usage(
      String name,
      double cpuBase,
      double cpuSwing,
      int seed,
      long memoryBase,
      int memorySwingPercent,
      boolean gpu,
      double throttled,
      Optional<Integer> oomByCadvisor,
      Optional<Integer> oomByKubeStateMetrics) {

    double value(Metric metric, int k) {
      return switch (metric) {
        case CPU_CORES -> cpuBase + cpuSwing * ((k * 7 + seed) % 11) / 10.0;
        case MEMORY_BYTES ->
            Math.rint(memoryBase * (1 + memorySwingPercent / 100.0 * ((k * 5 + seed) % 13) / 12.0));
        case GPU_UTILIZATION -> gpu ? gpuPercent(k) / 100.0 : Double.NaN;
        case GPU_ENGINE_ACTIVE -> gpu ? gpuPercent(k) / 100.0 * 0.8 : Double.NaN;
        case GPU_MEMORY_BYTES -> gpu ? framebufferMib(k) * (double) (1 << 20) : Double.NaN;
      };
    }

    /** The minute of step k (0..4) at which memory and framebuffer peak. */
    int peakMinute(int k) {
      return (k + seed) % FixtureFleet.SCRAPES_PER_STEP;
    }

    int gpuPercent(int k) {
      return 20 + (k * 3 + seed) % 70;
    }

    int framebufferMib(int k) {
      return 10_000 + ((k + seed) % 17) * 100;
    }

    boolean hasCpuLimit() {
      return !Double.isNaN(throttled);
    }
  }
}
