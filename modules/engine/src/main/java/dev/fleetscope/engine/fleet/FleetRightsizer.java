package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.Backtest;
import dev.fleetscope.engine.ContainerFacts;
import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Rightsizer;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.engine.gpu.GpuUsage;
import dev.fleetscope.engine.gpu.MigProfiles;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.change.ContainerChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Recommends for a whole {@link FleetSnapshot}: every container of every workload's pod template
 * that has a usage history (a pod with pod-level resources as one; the runs of a group of Jobs
 * concatenated), priced at its cluster's {@link UnitPrices}. Runs on the calling thread (a
 * view-model calls it from a background task), reports progress after each container and stops with
 * a {@link CancellationException} as soon as {@code cancelled} says so.
 *
 * <pre>{@code
 * FleetRecommendations result = new FleetRightsizer(FleetscopeStrategy.DEFAULT)
 *     .recommend(snapshot, progress -> updateMessage(progress.task()), this::isCancelled);
 * }</pre>
 */
public final class FleetRightsizer {
  private final Rightsizer rightsizer;

  public FleetRightsizer(Strategy strategy) {
    this.rightsizer = new Rightsizer(strategy);
  }

  public FleetRecommendations recommend(FleetSnapshot snapshot) {
    return recommend(snapshot, progress -> {}, () -> false);
  }

  public FleetRecommendations recommend(
      FleetSnapshot snapshot, Consumer<Progress> progress, BooleanSupplier cancelled) {
    List<Target> targets = targets(snapshot);
    List<ContainerRecommendation> done = new ArrayList<>();
    List<ContainerRef> withoutHistory = new ArrayList<>();
    String task = "Recommending (" + rightsizer.strategy().name() + ")";
    for (int i = 0; i < targets.size(); i++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException(
            task + " cancelled after " + i + " of " + targets.size() + " containers");
      }
      Target target = targets.get(i);
      List<ContainerUsage> usage = TargetUsage.of(snapshot, target.workload(), target.spec());
      if (usage.isEmpty()) {
        withoutHistory.add(target.ref());
      } else {
        done.add(recommend(target, usage));
      }
      progress.accept(
          new Progress(
              task + ": " + (i + 1) + " of " + targets.size() + " containers",
              (i + 1) / (double) targets.size()));
    }
    return new FleetRecommendations(
        snapshot.at(), rightsizer.strategy().name(), done, withoutHistory);
  }

  /**
   * Judges the strategy on the fleet the way users will: for every container, recommend from its
   * history without the last {@code unseenDays} days, then replay those days against the
   * recommendation.
   */
  public FleetBacktest backtest(FleetSnapshot snapshot, int unseenDays) {
    List<FleetBacktest.Entry> entries = new ArrayList<>();
    for (Target target : targets(snapshot)) {
      List<ContainerUsage> usage = TargetUsage.of(snapshot, target.workload(), target.spec());
      if (usage.isEmpty()) {
        continue;
      }
      UsageHistory history = TargetUsage.history(target.spec(), usage);
      int split = history.size() - unseenDays * history.samplesPerDay();
      if (split >= history.samplesPerDay()) {
        entries.add(
            new FleetBacktest.Entry(
                target.ref(),
                Backtest.run(rightsizer, history, facts(target), target.prices(), split)));
      }
    }
    return new FleetBacktest(rightsizer.strategy().name(), unseenDays, entries);
  }

  private static ContainerFacts facts(Target target) {
    ContainerSpec spec = target.spec();
    Workload workload = target.workload();
    return new ContainerFacts(
        new Sizing(spec.requests(), spec.limits()),
        workload.desiredReplicas(),
        workload.containers().size(),
        workload.autoscaler(),
        spec.gpu(),
        ContainerChange.POD.equals(spec.name()) ? "" : spec.name(),
        spec.kind(),
        spec.jvm(),
        workload.job());
  }

  private ContainerRecommendation recommend(Target target, List<ContainerUsage> usage) {
    ContainerSpec spec = target.spec();
    Workload workload = target.workload();
    ContainerFacts facts = facts(target);
    Optional<GpuUsage> gpu =
        spec.gpu() instanceof GpuAllocation.None || ContainerChange.POD.equals(spec.name())
            ? Optional.empty()
            : Optional.of(
                gpuUsage(
                    usage.getFirst(), spec.gpu(), GpuSources.of(target.cluster(), workload, spec)));
    Recommendation recommendation =
        rightsizer.recommend(TargetUsage.history(spec, usage), facts, target.prices(), gpu);
    return new ContainerRecommendation(target.ref(), workload.desiredReplicas(), recommendation);
  }

  private static GpuUsage gpuUsage(ContainerUsage usage, GpuAllocation allocation, NodeGpus gpus) {
    return new GpuUsage(
        usage.history(Metric.GPU_UTILIZATION).toArray(),
        usage.history(Metric.GPU_ENGINE_ACTIVE).toArray(),
        usage.history(Metric.GPU_MEMORY_BYTES).toArray(),
        allocation,
        gpus.memoryBytesPerGpu(),
        MigProfiles.of(gpus));
  }

  /**
   * Every container to size: a pod sized at pod level is one target ({@link ContainerChange#POD});
   * otherwise its app containers, native sidecars and init containers, each.
   */
  private static List<Target> targets(FleetSnapshot snapshot) {
    List<Target> targets = new ArrayList<>();
    for (Cluster cluster : snapshot.clusters()) {
      UnitPrices prices = UnitPrices.of(cluster);
      cluster
          .workloads()
          .forEach(
              workload ->
                  TargetUsage.specs(workload)
                      .forEach(spec -> targets.add(new Target(cluster, prices, workload, spec))));
    }
    return targets;
  }

  private record Target(Cluster cluster, UnitPrices prices, Workload workload, ContainerSpec spec) {
    ContainerRef ref() {
      return workload.ref().container(spec.name());
    }
  }
}
