package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SeriesBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gathers the per-pod answers of one usage query into one series per workload container as they
 * stream in: each step keeps the busiest of the container's pods (a replica's request must fit each
 * replica). A sample evaluated at {@code t} covers the step ending at {@code t}, stored as the step
 * starting at {@code t - step}. Taking the maximum makes a retried or re-sent range harmless.
 */
final class UsageAccumulator implements SeriesHandler {
  private final Metric metric;
  private final StepGrid grid;
  private final OwnerIndex owners;
  private final Map<ContainerRef, float[]> values = new HashMap<>();
  private int unattributed;

  UsageAccumulator(Metric metric, StepGrid grid, OwnerIndex owners) {
    this.metric = metric;
    this.grid = grid;
    this.owners = owners;
  }

  @Override
  public void accept(Map<String, String> labels, Samples samples) {
    var ref = owners.container(labels);
    if (ref.isEmpty()) {
      unattributed++;
      return;
    }
    float[] steps = values.computeIfAbsent(ref.get(), r -> nans(grid.points()));
    for (int i = 0; i < samples.size(); i++) {
      int index = grid.indexOf(samples.timeMillis(i));
      float value = (float) samples.value(i);
      if (index >= 0 && (Float.isNaN(steps[index]) || value > steps[index])) {
        steps[index] = value;
      }
    }
  }

  /** Per-pod series whose pod has no owner Fleetscope models (a bare pod, a custom controller). */
  int unattributed() {
    return unattributed;
  }

  /** One series per workload container, starting with the grid's first step. */
  Map<ContainerRef, Series> series() {
    Map<ContainerRef, Series> out = new HashMap<>();
    values.forEach(
        (ref, steps) -> {
          SeriesBuffer buffer = new SeriesBuffer(metric, stepStart(0), grid.step(), steps.length);
          appendAll(buffer, steps);
          out.put(ref, buffer.snapshot());
        });
    return out;
  }

  /**
   * Appends the grid's steps to live buffers (created for containers seen for the first time),
   * after padding with NaN any steps a buffer missed.
   */
  void appendTo(Map<ContainerRef, SeriesBuffer> buffers, int retention) {
    Instant first = stepStart(0);
    values.forEach(
        (ref, steps) -> {
          SeriesBuffer buffer =
              buffers.computeIfAbsent(
                  ref, r -> new SeriesBuffer(metric, first, grid.step(), retention));
          if (buffer.next().isAfter(first)) {
            return;
          }
          while (buffer.next().isBefore(first)) {
            buffer.append(Double.NaN);
          }
          appendAll(buffer, steps);
        });
  }

  private Instant stepStart(int index) {
    return grid.first().plus(grid.step().multipliedBy(index - 1L));
  }

  private static void appendAll(SeriesBuffer buffer, float[] steps) {
    for (float v : steps) {
      buffer.append(v);
    }
  }

  private static float[] nans(int size) {
    float[] v = new float[size];
    Arrays.fill(v, Float.NaN);
    return v;
  }
}
