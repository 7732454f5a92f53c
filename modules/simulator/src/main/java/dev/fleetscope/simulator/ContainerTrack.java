package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SeriesBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded history of one demo container: a buffer per metric and the OOM kills within the
 * retention.
 */
final class ContainerTrack {
  /** The kernel's CFS quota period is 100 ms. */
  private static final int CFS_PERIODS_PER_MINUTE = 600;

  private volatile SimContainer container;
  private final Map<Metric, SeriesBuffer> buffers = new EnumMap<>(Metric.class);
  private final Deque<Instant> oomKills = new ArrayDeque<>();
  private final int retention;
  private final UsagePoint point = new UsagePoint();
  private double cpuSecondsTotal;
  private double cfsPeriodsTotal;
  private double cfsThrottledPeriodsTotal;
  private int oomEventsTotal;

  ContainerTrack(SimContainer container, Instant start, Duration step, int retention) {
    this.container = container;
    this.retention = retention;
    buffers.put(Metric.CPU_CORES, new SeriesBuffer(Metric.CPU_CORES, start, step, retention));
    buffers.put(Metric.MEMORY_BYTES, new SeriesBuffer(Metric.MEMORY_BYTES, start, step, retention));
    if (container.usesGpu()) {
      for (Metric m :
          List.of(Metric.GPU_UTILIZATION, Metric.GPU_ENGINE_ACTIVE, Metric.GPU_MEMORY_BYTES)) {
        buffers.put(m, new SeriesBuffer(m, start, step, retention));
      }
    }
  }

  SimContainer container() {
    return container;
  }

  /**
   * New requests and limits from now on: later minutes are throttled and OOM-killed by the new
   * ones.
   */
  void resize(SimContainer resized) {
    container = resized;
  }

  /** Records the minutes from the buffers' end up to (not including) {@code untilMinute}. */
  void recordUntil(long untilMinute) {
    SimContainer container = this.container;
    SeriesBuffer cpu = buffers.get(Metric.CPU_CORES);
    for (long minute = cpu.next().getEpochSecond() / 60; minute < untilMinute; minute++) {
      container.usage(minute, point);
      cpu.append(point.cpu);
      buffers.get(Metric.MEMORY_BYTES).append(point.memory);
      if (container.usesGpu()) {
        double activity = point.gpuActivity;
        buffers
            .get(Metric.GPU_UTILIZATION)
            .append(container.onMigSlice() && point.running ? 0 : activity);
        buffers.get(Metric.GPU_ENGINE_ACTIVE).append(activity * 0.92);
        buffers.get(Metric.GPU_MEMORY_BYTES).append(point.gpuMemory);
      }
      if (point.running) {
        cpuSecondsTotal += point.cpu * 60;
        cfsPeriodsTotal += CFS_PERIODS_PER_MINUTE;
        cfsThrottledPeriodsTotal += CFS_PERIODS_PER_MINUTE * point.throttled;
      }
      if (point.oomKilled) {
        oomKills.addLast(Instant.ofEpochSecond(minute * 60 + 59));
        oomEventsTotal++;
      }
    }
    Instant oldest = cpu.next().minusSeconds(60L * retention);
    while (!oomKills.isEmpty() && oomKills.peekFirst().isBefore(oldest)) {
      oomKills.removeFirst();
    }
  }

  /** Counters as cAdvisor reports them, since the track began (the start of the history). */
  record Counters(
      double cpuSeconds, double cfsPeriods, double cfsThrottledPeriods, int oomEvents) {}

  /** The counters as of {@code epochSecond}, within the minute after the last recorded one. */
  Counters countersAt(long epochSecond, UsagePoint scratch) {
    SimContainer container = this.container;
    long minute = Math.floorDiv(epochSecond, 60);
    container.usage(minute, scratch);
    if (!scratch.running) {
      return new Counters(
          cpuSecondsTotal, cfsPeriodsTotal, cfsThrottledPeriodsTotal, oomEventsTotal);
    }
    double seconds = epochSecond - minute * 60;
    double periods = seconds * CFS_PERIODS_PER_MINUTE / 60;
    return new Counters(
        cpuSecondsTotal + scratch.cpu * seconds,
        cfsPeriodsTotal + periods,
        cfsThrottledPeriodsTotal + periods * scratch.throttled,
        oomEventsTotal);
  }

  List<Instant> oomKills() {
    return List.copyOf(oomKills);
  }

  ContainerUsage usage(Map<Metric, Double> now) {
    Map<Metric, Series> history = new EnumMap<>(Metric.class);
    buffers.forEach((metric, buffer) -> history.put(metric, buffer.snapshot()));
    return new ContainerUsage(container.ref(), history, now, oomKills());
  }
}
