package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SeriesBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the answers of one usage query into a compact {@link SeriesBuffer} per workload container as they stream
 * in. A sample evaluated at {@code t} covers the step before it, so it is stored as the sample of the step that
 * starts at {@code t - step}; missing steps become NaN. Samples at or before what a buffer already holds are
 * skipped, which makes a retried or re-sent range harmless.
 */
final class UsageCollector implements SeriesHandler {
  private final Metric metric;
  private final ClusterLabels refs;
  private final long stepMillis;
  private final Instant origin;
  private final int retention;
  private final Map<ContainerRef, SeriesBuffer> buffers;
  private int unattributed;

  /**
   * @param origin where new buffers start: the start of the first step of the range being read
   * @param retention samples kept per buffer
   * @param buffers the buffers to append to; a live source keeps them from poll to poll
   */
  UsageCollector(Metric metric, ClusterLabels refs, Duration step, Instant origin, int retention, Map<ContainerRef, SeriesBuffer> buffers) {
    this.metric = metric;
    this.refs = refs;
    this.stepMillis = step.toMillis();
    this.origin = origin;
    this.retention = retention;
    this.buffers = buffers;
  }

  @Override
  public void accept(Map<String, String> labels, Samples samples) {
    var ref = refs.container(labels);
    if (ref.isEmpty()) {
      unattributed++;
      return;
    }
    SeriesBuffer buffer = buffers.computeIfAbsent(ref.get(), r -> new SeriesBuffer(metric, origin, Duration.ofMillis(stepMillis), retention));
    for (int i = 0; i < samples.size(); i++) {
      long stepStart = samples.timeMillis(i) - stepMillis;
      long next = buffer.next().toEpochMilli();
      if (stepStart < next) {
        continue;
      }
      for (long gap = (stepStart - next) / stepMillis; gap > 0; gap--) {
        buffer.append(Double.NaN);
      }
      buffer.append(samples.value(i));
    }
  }

  /** Series that could not be attributed to a workload container (an owner kind Fleetscope does not model). */
  int unattributed() {
    return unattributed;
  }

  /** Every buffer padded with NaN up to {@code end} (exclusive) and snapshotted. */
  Map<ContainerRef, Series> snapshot(Instant end) {
    Map<ContainerRef, Series> out = new HashMap<>();
    buffers.forEach((ref, buffer) -> {
      while (buffer.next().isBefore(end)) {
        buffer.append(Double.NaN);
      }
      out.put(ref, buffer.snapshot());
    });
    return out;
  }
}
