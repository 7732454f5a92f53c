package dev.fleetscope.runtime.drift;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Outcomes by what was compared, the least recently used dropped beyond a capacity. Two threads
 * asking for the same comparison compute it once: the second waits for the first.
 */
public final class ReportCache {
  private final Map<Comparison, CompletableFuture<DriftOutcome>> entries;

  public ReportCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(
              Map.Entry<Comparison, CompletableFuture<DriftOutcome>> eldest) {
            return size() > capacity;
          }
        };
  }

  public DriftOutcome get(Comparison comparison, Function<Comparison, DriftOutcome> compute) {
    CompletableFuture<DriftOutcome> future;
    boolean mine = false;
    synchronized (this) {
      future = entries.get(comparison);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(comparison, future);
        mine = true;
      }
    }
    if (mine) {
      try {
        future.complete(compute.apply(comparison));
      } catch (RuntimeException e) {
        synchronized (this) {
          entries.remove(comparison, future);
        }
        future.completeExceptionally(e);
      }
    }
    return future.join();
  }

  /** The outcome if it is computed already; never waits. */
  public synchronized Optional<DriftOutcome> peek(Comparison comparison) {
    CompletableFuture<DriftOutcome> future = entries.get(comparison);
    return future != null && future.isDone() && !future.isCompletedExceptionally()
        ? Optional.of(future.join())
        : Optional.empty();
  }

  public synchronized void evict(Predicate<Comparison> which) {
    entries.keySet().removeIf(which);
  }
}
