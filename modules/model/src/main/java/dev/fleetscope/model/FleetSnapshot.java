package dev.fleetscope.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the views read, at one instant: the clusters of every source, the usage of their containers and the
 * health of the sources. Immutable, so it can be handed from a source's thread to the FX thread as is.
 */
public record FleetSnapshot(
    Instant at, List<Cluster> clusters, Map<ContainerRef, ContainerUsage> usage, List<SourceStatus> sources) {

  public static final FleetSnapshot EMPTY = new FleetSnapshot(Instant.EPOCH, List.of(), Map.of(), List.of());

  public FleetSnapshot {
    clusters = List.copyOf(clusters);
    usage = Map.copyOf(usage);
    sources = List.copyOf(sources);
  }

  /** One snapshot of what several sources reported, with their statuses. */
  public static FleetSnapshot merge(Instant at, List<FleetSnapshot> parts, List<SourceStatus> sources) {
    List<Cluster> clusters = new ArrayList<>();
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    for (FleetSnapshot part : parts) {
      clusters.addAll(part.clusters());
      usage.putAll(part.usage());
    }
    return new FleetSnapshot(at, clusters, usage, sources);
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
    return sources.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst();
  }

  /** Whether the source that reported this cluster is live; a cluster of an unknown source counts as live. */
  public boolean isLive(Cluster cluster) {
    return source(cluster.sourceId()).map(SourceStatus::live).orElse(true);
  }

  public FleetSnapshot withSources(List<SourceStatus> statuses) {
    return new FleetSnapshot(at, clusters, usage, statuses);
  }
}
