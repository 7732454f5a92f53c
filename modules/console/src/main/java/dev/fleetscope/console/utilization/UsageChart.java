package dev.fleetscope.console.utilization;

import dev.fleetscope.console.utilization.Downsample.Mode;
import dev.fleetscope.console.utilization.Downsample.Points;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history chart of one selected row, per replica, against its request and limit: CPU as the
 * mean of each bucket, memory as the peak (a limit is hit by peaks, not by averages).
 */
public record UsageChart(
    String title,
    Points cpu,
    double cpuRequest,
    double cpuLimit,
    Points memory,
    double memoryRequest,
    double memoryLimit) {

  /**
   * The chart for a workload (its containers summed) or one of its containers; empty above workload
   * level.
   */
  public static Optional<UsageChart> of(FleetSnapshot snapshot, UsageRow row, Duration range) {
    if (row == null || row.workload() == null) {
      return Optional.empty();
    }
    Optional<Workload> workload =
        snapshot.cluster(row.workload().cluster()).flatMap(c -> c.workload(row.workload()));
    if (workload.isEmpty()) {
      return Optional.empty();
    }
    List<ContainerSpec> specs =
        workload.get().containers().stream()
            .filter(s -> row.container() == null || s.name().equals(row.container().container()))
            .toList();
    Instant from = snapshot.at().minus(range);
    Duration bucket =
        range.dividedBy(240).compareTo(Duration.ofMinutes(1)) < 0
            ? Duration.ofMinutes(1)
            : range.dividedBy(240);
    Points cpu = null;
    Points memory = null;
    Resources requests = Resources.NONE;
    Resources limits = Resources.NONE;
    for (ContainerSpec spec : specs) {
      var usage = snapshot.usage(row.workload().container(spec.name()));
      Series cpuSeries = usage.map(u -> u.history(Metric.CPU_CORES)).orElse(Series.EMPTY);
      Series memorySeries = usage.map(u -> u.history(Metric.MEMORY_BYTES)).orElse(Series.EMPTY);
      cpu = add(cpu, Downsample.of(cpuSeries, from, bucket, Mode.MEAN));
      memory = add(memory, Downsample.of(memorySeries, from, bucket, Mode.MAX));
      requests = requests.plus(spec.requests());
      limits = limits.plus(spec.limits());
    }
    if (cpu == null) {
      return Optional.empty();
    }
    String title =
        row.workload().id()
            + (row.container() != null ? " · " + row.container().container() : "")
            + " (per replica)";
    return Optional.of(
        new UsageChart(
            title,
            cpu,
            requests.cpuCores(),
            limits.cpuCores(),
            memory,
            requests.memoryBytes(),
            limits.memoryBounded() ? limits.memoryBytes() : Double.POSITIVE_INFINITY));
  }

  /** Sums two bucket series of the same shape; NaN plus a value is that value. */
  private static Points add(Points sum, Points more) {
    if (sum == null) {
      return more;
    }
    double[] values = sum.values().clone();
    for (int i = 0; i < values.length && i < more.values().length; i++) {
      double v = more.values()[i];
      values[i] = Double.isNaN(values[i]) ? v : Double.isNaN(v) ? values[i] : values[i] + v;
    }
    return new Points(sum.epochSeconds(), values);
  }
}
