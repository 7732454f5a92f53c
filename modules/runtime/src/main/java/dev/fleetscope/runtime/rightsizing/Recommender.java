package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.fleet.FleetRecommendations;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The engine as the Recommendations view calls it, on its background thread: a whole fleet
 * recommended with the user's strategy, and the strategy judged on the last days of each history it
 * never saw.
 */
public final class Recommender {
  /** Days held out of each history for the out-of-sample judgement, as in docs/rightsizing.md. */
  public static final int UNSEEN_DAYS = 4;

  private Recommender() {}

  /**
   * Throws {@link java.util.concurrent.CancellationException} at the next container once {@code
   * cancelled} says so.
   */
  public static RecommendationsResult recommend(
      FleetSnapshot snapshot,
      StrategyChoice choice,
      String filter,
      Consumer<Progress> progress,
      BooleanSupplier cancelled) {
    FleetRecommendations recommendations =
        new FleetRightsizer(choice.strategy()).recommend(snapshot, progress, cancelled);
    return RecommendationsResult.of(recommendations, snapshot, choice, filter);
  }

  /**
   * Empty when no history is long enough to hold out {@link #UNSEEN_DAYS} days and still recommend
   * from one.
   */
  public static Optional<OutOfSample> judge(FleetSnapshot snapshot, StrategyChoice choice) {
    int days = historyDays(snapshot);
    if (days <= UNSEEN_DAYS) {
      return Optional.empty();
    }
    return Optional.of(
        OutOfSample.of(
            new FleetRightsizer(choice.strategy()).backtest(snapshot, UNSEEN_DAYS), days));
  }

  /** Whole days of the longest CPU history in the snapshot. */
  static int historyDays(FleetSnapshot snapshot) {
    long longest = 0;
    for (ContainerUsage usage : snapshot.usage().values()) {
      Series cpu = usage.history(Metric.CPU_CORES);
      if (!cpu.isEmpty()) {
        longest = Math.max(longest, Duration.between(cpu.start(), cpu.end()).toSeconds());
      }
    }
    return (int) Math.round(longest / 86_400.0);
  }

  public static boolean hasHistory(FleetSnapshot snapshot) {
    return snapshot.usage().values().stream().anyMatch(u -> !u.history(Metric.CPU_CORES).isEmpty());
  }

  /**
   * What the recommendations depend on besides the samples: every workload container's requests and
   * limits and whether it has a history. A change here (an apply, a rollback, someone's kubectl
   * edit, history arriving) makes the view recompute; new samples alone wait for the periodic
   * refresh.
   */
  public static long fingerprint(FleetSnapshot snapshot) {
    long hash = 1;
    for (Cluster cluster : snapshot.clusters()) {
      for (Workload workload : cluster.workloads().toList()) {
        for (ContainerSpec spec : workload.containers()) {
          boolean history =
              snapshot
                  .usage(workload.ref().container(spec.name()))
                  .map(u -> !u.history(Metric.CPU_CORES).isEmpty())
                  .orElse(false);
          hash = 31 * hash + workload.ref().hashCode();
          hash = 31 * hash + spec.hashCode();
          hash = 31 * hash + (history ? 1 : 0);
        }
      }
    }
    return hash;
  }
}
