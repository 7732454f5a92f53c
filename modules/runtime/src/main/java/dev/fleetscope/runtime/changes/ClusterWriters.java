package dev.fleetscope.runtime.changes;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which {@link ClusterWriter} changes which cluster: registered by cluster name (a kubeconfig
 * context, once Connections has connected it) or for every cluster a source reports (the demo
 * fleet). It is itself a writer that routes each call by the cluster it names, so the planner, the
 * executor and recovery see one writer for the whole fleet. A cluster nobody can write to is
 * refused with a sentence saying so.
 */
public final class ClusterWriters implements ClusterWriter {
  private final Map<String, ClusterWriter> byCluster = new ConcurrentHashMap<>();
  private final Map<String, Once> bySource = new ConcurrentHashMap<>();
  private volatile Map<String, String> sourceOfCluster = Map.of();

  /** Changes to {@code cluster} go to {@code writer} (a name wins over a source registration). */
  public void register(String cluster, ClusterWriter writer) {
    byCluster.put(cluster, writer);
  }

  public void unregister(String cluster) {
    byCluster.remove(cluster);
  }

  /** Changes to every cluster that source {@code sourceId} reports go to {@code writer}. */
  public void registerSource(String sourceId, ClusterWriter writer) {
    registerSource(sourceId, () -> writer);
  }

  /**
   * Changes to every cluster that source {@code sourceId} reports go to the writer {@code make}
   * returns, called once, on first use (the demo fleet's simulator is built by its first poll, not
   * when the console starts).
   */
  public void registerSource(String sourceId, Supplier<? extends ClusterWriter> make) {
    bySource.put(sourceId, new Once(make));
  }

  /** Forgets a source's writer (its connection was removed). */
  public void unregisterSource(String sourceId) {
    bySource.remove(sourceId);
  }

  /** A writer made on first use, then kept. */
  private static final class Once {
    private final Supplier<? extends ClusterWriter> make;
    private ClusterWriter made;

    Once(Supplier<? extends ClusterWriter> make) {
      this.make = make;
    }

    synchronized ClusterWriter get() {
      if (made == null) {
        made = make.get();
      }
      return made;
    }
  }

  /** Learns which source reports which cluster: feed it the live fleet's snapshots. */
  public void observe(FleetSnapshot snapshot) {
    Map<String, String> sources = new HashMap<>();
    for (Cluster cluster : snapshot.clusters()) {
      sources.put(cluster.name(), cluster.sourceId());
    }
    if (!sources.equals(sourceOfCluster)) {
      sourceOfCluster = Map.copyOf(sources);
    }
  }

  public Optional<ClusterWriter> writerFor(String cluster) {
    ClusterWriter named = byCluster.get(cluster);
    if (named != null) {
      return Optional.of(named);
    }
    return Optional.ofNullable(sourceOfCluster.get(cluster)).map(bySource::get).map(Once::get);
  }

  private ClusterWriter route(String cluster) throws ClusterWriteException {
    return writerFor(cluster)
        .orElseThrow(
            () ->
                new ClusterWriteException(
                    ClusterWriteException.Reason.FORBIDDEN,
                    "Fleetscope has no connection that can change cluster "
                        + cluster
                        + ": connect its kubeconfig context first"));
  }

  @Override
  public Optional<WorkloadState> find(String cluster, String namespace, String name)
      throws ClusterWriteException {
    return route(cluster).find(cluster, namespace, name);
  }

  @Override
  public WorkloadState read(WorkloadRef workload) throws ClusterWriteException {
    return route(workload.cluster()).read(workload);
  }

  @Override
  public String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    return route(change.workload().cluster()).dryRun(change, method);
  }

  @Override
  public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    route(change.workload().cluster()).apply(change, method);
  }

  @Override
  public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait)
      throws ClusterWriteException, InterruptedException {
    return route(change.workload().cluster()).rollout(change, method, wait);
  }

  @Override
  public boolean supportsInPlaceResize(String cluster) throws ClusterWriteException {
    return route(cluster).supportsInPlaceResize(cluster);
  }
}
