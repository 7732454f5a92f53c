package dev.fleetscope.benchmarks.prometheus;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.SeriesBuffer;
import dev.fleetscope.prometheus.Samples;
import dev.fleetscope.prometheus.SeriesHandler;
import dev.fleetscope.prometheus.StepGrid;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a range answer the way the history reader does: one half-precision series buffer per
 * series, NaN in gaps.
 */
final class SeriesSink implements SeriesHandler {
  private final StepGrid grid;
  final Map<Map<String, String>, SeriesBuffer> series = new HashMap<>();

  SeriesSink(StepGrid grid) {
    this.grid = grid;
  }

  @Override
  public void accept(Map<String, String> labels, Samples samples) {
    Duration step = grid.step();
    SeriesBuffer buffer =
        series.computeIfAbsent(
            labels,
            l -> new SeriesBuffer(Metric.CPU_CORES, grid.first().minus(step), step, grid.points()));
    for (int i = 0; i < samples.size(); i++) {
      int index = grid.indexOf(samples.timeMillis(i));
      while (buffer.size() < index) {
        buffer.append(Double.NaN);
      }
      if (index == buffer.size()) {
        buffer.append(samples.value(i));
      }
    }
  }
}
