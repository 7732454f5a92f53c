package dev.fleetscope.alerts;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small fleets for tests: one workload container at a time, with the usage the test needs. */
public final class Fleets {
  private final Map<String, List<Workload>> byNamespace = new LinkedHashMap<>();
  private final Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
  private final String cluster;

  public Fleets(String cluster) {
    this.cluster = cluster;
  }

  public static WorkloadRef ref(String cluster, String namespace, String name) {
    return new WorkloadRef(cluster, namespace, WorkloadKind.DEPLOYMENT, name);
  }

  /** A workload of {@code pods} running replicas, one container named {@code main}. */
  public Fleets workload(
      String namespace,
      String name,
      String team,
      Optional<String> model,
      GpuAllocation gpu,
      int pods,
      ContainerUsage containerUsage) {
    WorkloadRef ref = ref(cluster, namespace, name);
    ContainerSpec spec =
        new ContainerSpec("main", Resources.of(1, 1L << 30), Resources.of(2, 2L << 30), gpu);
    List<Pod> running = new ArrayList<>();
    for (int i = 0; i < pods; i++) {
      running.add(
          new Pod(
              name + "-" + i,
              "node-1",
              PodPhase.RUNNING,
              List.of(new Container(spec, 0, Optional.empty()))));
    }
    byNamespace
        .computeIfAbsent(namespace, n -> new ArrayList<>())
        .add(
            new Workload(
                ref, Map.of(), team, model, pods, List.of(spec), running, Optional.empty()));
    if (containerUsage != null) {
      usage.put(ref.container("main"), containerUsage);
    }
    return this;
  }

  public FleetSnapshot snapshot(Instant at) {
    List<Namespace> namespaces =
        byNamespace.entrySet().stream().map(e -> new Namespace(e.getKey(), e.getValue())).toList();
    Cluster c = new Cluster(cluster, Provider.AWS, "eu-west-1", "prom", List.of(), namespaces);
    return new FleetSnapshot(at, List.of(c), usage, List.<SourceStatus>of());
  }

  public static ContainerUsage oomKilled(ContainerRef ref, Instant... kills) {
    return new ContainerUsage(ref, Map.of(), Map.of(), List.of(kills));
  }

  /** GPU readings one minute apart ending just before {@code end}, the last also as "now". */
  public static ContainerUsage gpu(ContainerRef ref, Metric metric, Instant end, double... values) {
    Instant start = end.minus(Duration.ofMinutes(values.length));
    Series series = Series.of(metric, start, Duration.ofMinutes(1), values);
    return new ContainerUsage(
        ref, Map.of(metric, series), Map.of(metric, values[values.length - 1]), List.of());
  }
}
