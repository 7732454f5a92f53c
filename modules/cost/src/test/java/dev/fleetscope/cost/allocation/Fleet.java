package dev.fleetscope.cost.allocation;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-built fleets for allocation tests. */
final class Fleet {
  static final long GIB = 1L << 30;

  private Fleet() {}

  static Node node(String name, double cores, long gib, int gpus, double pricePerHour) {
    Resources capacity = Resources.of(cores, gib * GIB);
    return new Node(
        name,
        "test-type",
        "zone-a",
        capacity,
        capacity,
        gpus == 0 ? NodeGpus.NONE : NodeGpus.whole("L4", gpus, 24 * GIB),
        HourlyPrice.usd(pricePerHour));
  }

  static WorkloadRef ref(String name) {
    return new WorkloadRef("ml-prod", "serving", WorkloadKind.DEPLOYMENT, name);
  }

  /** A one-container workload with a pod per (node, phase) pair. */
  static Workload workload(
      String name,
      String team,
      double cpuRequest,
      long memoryRequestGib,
      GpuAllocation gpu,
      List<Pod> pods) {
    ContainerSpec spec =
        new ContainerSpec(
            "main", Resources.of(cpuRequest, memoryRequestGib * GIB), Resources.UNBOUNDED, gpu);
    return new Workload(
        ref(name),
        Map.of("team", team),
        team,
        Optional.of(name + "-model"),
        pods.size(),
        List.of(spec),
        pods.stream()
            .map(
                p ->
                    new Pod(
                        p.name(),
                        p.node(),
                        p.phase(),
                        List.of(new Container(spec, 0, Optional.empty()))))
            .toList(),
        Optional.empty());
  }

  static Pod pod(String name, String node, PodPhase phase) {
    return new Pod(name, node, phase, List.of());
  }

  static Cluster cluster(List<Node> nodes, List<Workload> workloads) {
    return new Cluster(
        "ml-prod",
        Provider.AWS,
        "us-east-1",
        "test",
        nodes,
        List.of(new Namespace("serving", workloads)));
  }

  static ContainerUsage usage(String workload, double cores, double bytes) {
    return new ContainerUsage(
        ref(workload).container("main"),
        Map.of(),
        Map.of(Metric.CPU_CORES, cores, Metric.MEMORY_BYTES, bytes),
        List.of());
  }
}
