package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.utilization.Downsample;
import dev.fleetscope.console.utilization.Downsample.Mode;
import dev.fleetscope.console.utilization.Downsample.Points;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import java.time.Duration;
import java.util.Optional;

/**
 * The selected container's whole history, per replica, with its requests and limits now and as
 * recommended: CPU and memory each as the mean and the peak of chart-sized buckets (a request is
 * judged against minutes, not averages).
 */
public record ProposalChart(String title, Line cpu, Line memory, Sizing current, Sizing proposed) {
  private static final int BUCKETS = 240;

  /** One metric's buckets: the mean and the peak of the samples in each. */
  public record Line(Points mean, Points peak) {}

  public static Optional<ProposalChart> of(FleetSnapshot snapshot, RecommendationRow row) {
    if (row == null) {
      return Optional.empty();
    }
    Optional<ContainerUsage> usage = snapshot.usage(row.ref());
    if (usage.isEmpty() || usage.get().history(Metric.CPU_CORES).isEmpty()) {
      return Optional.empty();
    }
    Series cpu = usage.get().history(Metric.CPU_CORES);
    Series memory = usage.get().history(Metric.MEMORY_BYTES);
    Duration span = Duration.between(cpu.start(), cpu.end());
    Duration bucket =
        span.dividedBy(BUCKETS).compareTo(Duration.ofMinutes(1)) < 0
            ? Duration.ofMinutes(1)
            : span.dividedBy(BUCKETS);
    return Optional.of(
        new ProposalChart(
            row.id() + " (per replica)",
            line(cpu, cpu, bucket),
            line(memory, cpu, bucket),
            row.current(),
            row.proposed()));
  }

  private static Line line(Series series, Series grid, Duration bucket) {
    return new Line(
        Downsample.of(series, grid.start(), bucket, Mode.MEAN),
        Downsample.of(series, grid.start(), bucket, Mode.MAX));
  }
}
