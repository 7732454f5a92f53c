package dev.fleetscope.runtime.fleet;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A one-node, one-workload fleet whose every number is written down here, for hand-checked tests.
 */
public final class TinyFleet {
  public static final long GIB = 1L << 30;
  public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  public static final WorkloadRef API =
      new WorkloadRef("lab", "shop", WorkloadKind.DEPLOYMENT, "api");

  private TinyFleet() {}

  /**
   * Node m6i.4xlarge: 16 cores, 64 GiB, 0.768 USD/h. Workload api: 2 running pods, each requesting
   * 1 core and 2 GiB.
   */
  public static FleetSnapshot snapshot(
      double cpuNowPerPod, double memoryNowPerPod, double... cpuHistory) {
    Resources capacity = Resources.of(16, 64 * GIB);
    Node node =
        new Node(
            "node-1",
            "m6i.4xlarge",
            "zone-a",
            capacity,
            capacity,
            NodeGpus.NONE,
            HourlyPrice.usd(0.768));
    ContainerSpec spec =
        ContainerSpec.cpuMemory("main", Resources.of(1, 2 * GIB), Resources.of(2, 4 * GIB));
    List<Pod> pods = List.of(pod("api-1", spec), pod("api-2", spec));
    Workload api =
        new Workload(
            API,
            Map.of("team", "shop"),
            "shop",
            Optional.of("recommender-v2"),
            2,
            List.of(spec),
            pods,
            Optional.empty());
    Cluster cluster =
        new Cluster(
            "lab",
            Provider.AWS,
            "us-east-1",
            "tiny",
            List.of(node),
            List.of(new Namespace("shop", List.of(api))));
    Series cpu =
        Series.of(
            Metric.CPU_CORES,
            NOW.minus(Duration.ofMinutes(cpuHistory.length)),
            Duration.ofMinutes(1),
            cpuHistory);
    Series memory =
        Series.of(
            Metric.MEMORY_BYTES,
            NOW.minus(Duration.ofMinutes(cpuHistory.length)),
            Duration.ofMinutes(1),
            java.util.Arrays.stream(cpuHistory).map(c -> GIB).toArray());
    ContainerUsage usage =
        new ContainerUsage(
            API.container("main"),
            Map.of(Metric.CPU_CORES, cpu, Metric.MEMORY_BYTES, memory),
            Map.of(Metric.CPU_CORES, cpuNowPerPod, Metric.MEMORY_BYTES, memoryNowPerPod),
            List.of());
    return new FleetSnapshot(NOW, List.of(cluster), Map.of(usage.ref(), usage), List.of());
  }

  private static Pod pod(String name, ContainerSpec spec) {
    return new Pod(
        name, "node-1", PodPhase.RUNNING, List.of(new Container(spec, 0, Optional.empty())));
  }
}
