package dev.fleetscope.packing.fleet;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.packing.CapacityType;
import dev.fleetscope.packing.DaemonSetOverhead;
import dev.fleetscope.packing.GpuDemand;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.Taint;
import dev.fleetscope.packing.Toleration;
import dev.fleetscope.packing.rightsizing.ClusterNodes;
import dev.fleetscope.packing.rightsizing.CurrentNode;
import dev.fleetscope.packing.rightsizing.ScheduledPod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster of the model as the packer's input. What the model does not carry is assumed, and said
 * here: a node's pool is its instance type (the model has no node labels); every node admits {@link
 * NodeType#DEFAULT_MAX_PODS} pods; GPU nodes carry the {@code nvidia.com/gpu} taint and GPU pods
 * tolerate it; a GPU pod needs the GPU family of the node it runs on; a time-sliced GPU share is
 * counted as one whole GPU (the sharing is not modelled); DaemonSets run on every node; no pod has
 * local storage, anti-affinity or a disruption budget (a later layer adds budgets from the
 * cluster). Pods are named {@code namespace/pod}; only running pods on known nodes are included.
 */
public final class SnapshotNodes {
  private SnapshotNodes() {}

  public static ClusterNodes of(Cluster cluster) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    cluster.nodes().forEach(n -> nodes.put(n.name(), n));
    List<CurrentNode> current = new ArrayList<>();
    for (Node node : cluster.nodes()) {
      current.add(new CurrentNode(node.name(), node.instanceType(), nodeType(node), node.zone()));
    }
    List<ScheduledPod> pods = new ArrayList<>();
    double dsCores = 0;
    long dsBytes = 0;
    int dsPods = 0;
    for (Namespace ns : cluster.namespaces()) {
      for (Workload w : ns.workloads()) {
        if (w.kind() == WorkloadKind.DAEMON_SET) {
          dsCores += w.requestsPerReplica().cpuCores();
          dsBytes += w.requestsPerReplica().memoryBytes();
          dsPods++;
          continue;
        }
        for (Pod pod : w.pods()) {
          Node node = nodes.get(pod.node());
          if (pod.phase() == PodPhase.RUNNING && node != null) {
            pods.add(new ScheduledPod(request(ns, w, pod, node), node.name(), false));
          }
        }
      }
    }
    return new ClusterNodes(
        cluster.name(), current, pods, List.of(), new DaemonSetOverhead(dsCores, dsBytes, dsPods));
  }

  /**
   * Per-pod requests with the recommended requests of the containers {@code recommended} names (the
   * others keep theirs), by pod name as {@link #of} names pods.
   */
  public static Map<String, Resources> recommendedRequests(
      Cluster cluster, Map<ContainerRef, Resources> recommended) {
    Map<String, Resources> perPod = new HashMap<>();
    for (Namespace ns : cluster.namespaces()) {
      for (Workload w : ns.workloads()) {
        for (Pod pod : w.pods()) {
          Resources sum = Resources.NONE;
          for (Container c : pod.containers()) {
            sum =
                sum.plus(
                    recommended.getOrDefault(w.ref().container(c.name()), c.spec().requests()));
          }
          perPod.put(podName(ns, pod), sum);
        }
      }
    }
    return perPod;
  }

  /** A node of the model as a type: its allocatable, GPUs, price and the GPU taint. */
  public static NodeType nodeType(Node node) {
    NodeGpus gpus = node.gpus();
    return new NodeType(
        node.instanceType(),
        node.allocatable().cpuCores(),
        node.allocatable().memoryBytes(),
        gpus.migPartitioned() ? 0 : gpus.count(),
        gpus.model(),
        migSlices(gpus),
        NodeType.DEFAULT_MAX_PODS,
        node.price().amount(),
        "",
        CapacityType.ON_DEMAND,
        Map.of(),
        gpus.count() > 0 ? List.of(Taint.NVIDIA_GPU) : List.of());
  }

  private static Map<String, Integer> migSlices(NodeGpus gpus) {
    Map<String, Integer> slices = new LinkedHashMap<>();
    gpus.migSlices().forEach(s -> slices.merge(s.profile().name(), s.count(), Integer::sum));
    return slices;
  }

  private static PodRequest request(Namespace ns, Workload w, Pod pod, Node node) {
    Resources sum = Resources.NONE;
    int whole = 0;
    GpuDemand mig = GpuDemand.NONE;
    for (Container c : pod.containers()) {
      sum = sum.plus(c.spec().requests());
      switch (c.spec().gpu()) {
        case GpuAllocation.Whole g -> whole += g.count();
        case GpuAllocation.Shared s -> whole += 1;
        case GpuAllocation.Mig m -> mig = new GpuDemand.Mig(m.profile().name(), m.count());
        case GpuAllocation.None n -> {}
      }
    }
    GpuDemand gpu = whole > 0 ? GpuDemand.whole(whole, node.gpus().model()) : mig;
    List<Toleration> tolerations =
        gpu == GpuDemand.NONE ? List.of() : List.of(Toleration.exists(Taint.NVIDIA_GPU.key()));
    return new PodRequest(
        podName(ns, pod),
        w.ref().id(),
        sum.cpuCores(),
        sum.memoryBytes(),
        gpu,
        Optional.empty(),
        Map.of(),
        tolerations,
        "");
  }

  private static String podName(Namespace ns, Pod pod) {
    return ns.name() + "/" + pod.name();
  }
}
