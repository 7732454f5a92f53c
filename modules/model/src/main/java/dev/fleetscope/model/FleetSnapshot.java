package dev.fleetscope.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the views read, at one instant: the clusters of every source, the usage of their
 * containers and the health of the sources. Immutable, so it can be handed from a source's thread
 * to the FX thread as is.
 */
public record FleetSnapshot(
    Instant at,
    List<Cluster> clusters,
    Map<ContainerRef, ContainerUsage> usage,
    List<SourceStatus> sources) {

  public static final FleetSnapshot EMPTY =
      new FleetSnapshot(Instant.EPOCH, List.of(), Map.of(), List.of());

  public FleetSnapshot {
    clusters = List.copyOf(clusters);
    usage = Map.copyOf(usage);
    sources = List.copyOf(sources);
  }

  /**
   * One snapshot of what several sources reported, with their statuses. A cluster reported by more
   * than one source (a Prometheus labelling its series with the cluster's name and that cluster's
   * kubeconfig context) is shown once: with the inventory of the first source in {@code parts} that
   * reported it and is live (the first of all when none is), and each container's usage from
   * whichever source holds the longer CPU history.
   */
  public static FleetSnapshot merge(
      Instant at, List<FleetSnapshot> parts, List<SourceStatus> sources) {
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    for (FleetSnapshot part : parts) {
      for (Cluster cluster : part.clusters()) {
        clusters.merge(
            cluster.name(),
            cluster,
            (first, later) -> !live(first, sources) && live(later, sources) ? later : first);
      }
      part.usage().forEach((ref, u) -> usage.merge(ref, u, FleetSnapshot::longerHistory));
    }
    return new FleetSnapshot(at, List.copyOf(clusters.values()), usage, sources);
  }

  private static boolean live(Cluster cluster, List<SourceStatus> sources) {
    return source(cluster.sourceId(), sources).map(SourceStatus::live).orElse(true);
  }

  private static Optional<SourceStatus> source(String sourceId, List<SourceStatus> sources) {
    return sources.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst();
  }

  private static ContainerUsage longerHistory(ContainerUsage first, ContainerUsage later) {
    return later.history(Metric.CPU_CORES).size() > first.history(Metric.CPU_CORES).size()
        ? later
        : first;
  }

  public Stream<Workload> workloads() {
    return clusters.stream().flatMap(Cluster::workloads);
  }

  public Optional<Cluster> cluster(String name) {
    return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public Optional<ContainerUsage> usage(ContainerRef ref) {
    return Optional.ofNullable(usage.get(ref));
  }

  public Optional<SourceStatus> source(String sourceId) {
    return source(sourceId, sources);
  }

  /**
   * Whether the source that reported this cluster is live; a cluster of an unknown source counts as
   * live.
   */
  public boolean isLive(Cluster cluster) {
    return live(cluster, sources);
  }

  public FleetSnapshot withSources(List<SourceStatus> statuses) {
    return new FleetSnapshot(at, clusters, usage, statuses);
  }
}
