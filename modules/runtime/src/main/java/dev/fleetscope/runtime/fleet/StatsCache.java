package dev.fleetscope.runtime.fleet;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each container's {@link ContainerStats} until its history gains a sample: snapshots
 * arrive every few seconds, history grows once a minute, and summing 14 days for every container on
 * each snapshot is waste.
 */
public final class StatsCache {
  private record Entry(Instant historyEnd, int size, ContainerStats stats) {}

  private final Map<ContainerRef, Entry> entries = new ConcurrentHashMap<>();

  public ContainerStats of(ContainerUsage usage) {
    var cpu = usage.history(Metric.CPU_CORES);
    Entry entry = entries.get(usage.ref());
    if (entry == null || !entry.historyEnd().equals(cpu.end()) || entry.size() != cpu.size()) {
      entry = new Entry(cpu.end(), cpu.size(), ContainerStats.of(usage));
      entries.put(usage.ref(), entry);
    }
    return entry.stats();
  }
}
