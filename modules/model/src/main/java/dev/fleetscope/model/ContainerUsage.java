package dev.fleetscope.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one workload container uses, per replica: the history of each metric, the latest instant
 * reading, and the OOM kills seen. Totals for a workload are a per-replica value times its running
 * pods.
 */
public record ContainerUsage(
    ContainerRef ref,
    Map<Metric, Series> history,
    Map<Metric, Double> now,
    List<Instant> oomKills) {

  public ContainerUsage {
    history = immutableEnumMap(history);
    now = immutableEnumMap(now);
    oomKills = List.copyOf(oomKills);
  }

  /**
   * The history of one metric; empty when the source has none (e.g. GPU metrics of a CPU-only
   * container).
   */
  public Series history(Metric metric) {
    return history.getOrDefault(metric, Series.EMPTY);
  }

  /** The latest reading, or NaN when the source has none. */
  public double now(Metric metric) {
    Double value = now.get(metric);
    return value == null ? Double.NaN : value;
  }

  private static <V> Map<Metric, V> immutableEnumMap(Map<Metric, V> map) {
    return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(map));
  }
}
