package dev.fleetscope.packing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pod to place, with every constraint the packer honours.
 *
 * @param name unique within a problem (for example {@code namespace/pod})
 * @param workload the owning workload's id; informative (moves and exports group by it)
 * @param cpuCores requested CPU in cores
 * @param memoryBytes requested memory in bytes
 * @param zone the zone the pod must run in (a zonal volume, a topology constraint), if any
 * @param nodeSelector labels the node must carry with these values (a node selector or a required
 *     node affinity of {@code In} with one value)
 * @param tolerations taints the pod tolerates; a node with any other taint is closed to it
 * @param antiAffinityGroup pods with the same non-empty group never share a node (required pod
 *     anti-affinity on the hostname topology, typically the replicas of one workload)
 */
public record PodRequest(
    String name,
    String workload,
    double cpuCores,
    long memoryBytes,
    GpuDemand gpu,
    Optional<String> zone,
    Map<String, String> nodeSelector,
    List<Toleration> tolerations,
    String antiAffinityGroup) {

  public PodRequest {
    if (!(cpuCores >= 0) || Double.isInfinite(cpuCores) || memoryBytes < 0) {
      throw new IllegalArgumentException(
          "pod " + name + ": requests must be finite and non-negative");
    }
    nodeSelector = Map.copyOf(nodeSelector);
    tolerations = List.copyOf(tolerations);
  }

  /** A pod with only CPU and memory requests and no placement constraint. */
  public static PodRequest of(String name, double cpuCores, long memoryBytes) {
    return new PodRequest(
        name, "", cpuCores, memoryBytes, GpuDemand.NONE, Optional.empty(), Map.of(), List.of(), "");
  }

  public PodRequest withRequests(double cores, long bytes) {
    return new PodRequest(
        name, workload, cores, bytes, gpu, zone, nodeSelector, tolerations, antiAffinityGroup);
  }

  public PodRequest withGpu(GpuDemand demand) {
    return new PodRequest(
        name,
        workload,
        cpuCores,
        memoryBytes,
        demand,
        zone,
        nodeSelector,
        tolerations,
        antiAffinityGroup);
  }

  public PodRequest inZone(String requiredZone) {
    return new PodRequest(
        name,
        workload,
        cpuCores,
        memoryBytes,
        gpu,
        Optional.of(requiredZone),
        nodeSelector,
        tolerations,
        antiAffinityGroup);
  }

  public PodRequest withConstraints(
      Map<String, String> selector, List<Toleration> tolerated, String antiAffinity) {
    return new PodRequest(
        name, workload, cpuCores, memoryBytes, gpu, zone, selector, tolerated, antiAffinity);
  }

  public PodRequest ofWorkload(String owner) {
    return new PodRequest(
        name,
        owner,
        cpuCores,
        memoryBytes,
        gpu,
        zone,
        nodeSelector,
        tolerations,
        antiAffinityGroup);
  }
}
