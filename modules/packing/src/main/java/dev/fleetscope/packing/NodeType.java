package dev.fleetscope.packing;

import java.util.Map;
import java.util.TreeMap;

/**
 * A candidate instance type, as the scheduler sees a node of it.
 *
 * @param cpuCores allocatable CPU (after kubelet and system reservations), cores
 * @param memoryBytes allocatable memory (after reservations and the eviction threshold), bytes
 * @param gpus whole GPUs the node advertises ({@code nvidia.com/gpu}); zero when MIG-partitioned
 * @param gpuFamily the GPUs' family ({@code A100}, {@code L4}...), empty without GPUs
 * @param migSlices MIG slices the node advertises, by profile ({@code 1g.10gb} to count)
 * @param maxPods pods the kubelet admits, DaemonSet pods included
 * @param pricePerHour what one node costs per hour, in the currency of the problem
 * @param zone the zone nodes of this type run in; empty when the type is offered in any zone the
 *     pods need (a node then takes the zone of the first pod that requires one)
 * @param labels labels every node of this type carries (node selectors are matched against them;
 *     the well-known instance-type, zone and capacity-type labels are added by {@link #labels()})
 * @param taints taints every node of this type carries
 */
public record NodeType(
    String name,
    double cpuCores,
    long memoryBytes,
    int gpus,
    String gpuFamily,
    Map<String, Integer> migSlices,
    int maxPods,
    double pricePerHour,
    String zone,
    CapacityType capacity,
    Map<String, String> labels,
    java.util.List<Taint> taints) {

  public static final String INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type";
  public static final String ZONE_LABEL = "topology.kubernetes.io/zone";
  public static final String CAPACITY_TYPE_LABEL = "karpenter.sh/capacity-type";

  /** The kubelet's default {@code --max-pods}. */
  public static final int DEFAULT_MAX_PODS = 110;

  public NodeType {
    if (!(cpuCores >= 0) || memoryBytes < 0 || gpus < 0 || maxPods < 0) {
      throw new IllegalArgumentException(name + ": allocatable resources cannot be negative");
    }
    if (!(pricePerHour >= 0) || Double.isInfinite(pricePerHour)) {
      throw new IllegalArgumentException(
          name + ": a price must be finite and non-negative, was " + pricePerHour);
    }
    gpuFamily = GpuFamilies.family(gpuFamily);
    migSlices = Map.copyOf(migSlices);
    labels = Map.copyOf(labels);
    taints = java.util.List.copyOf(taints);
  }

  /** A CPU-only on-demand type offered in every zone, without extra labels or taints. */
  public static NodeType cpu(String name, double cpuCores, long memoryBytes, double pricePerHour) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        0,
        "",
        Map.of(),
        DEFAULT_MAX_PODS,
        pricePerHour,
        "",
        CapacityType.ON_DEMAND,
        Map.of(),
        java.util.List.of());
  }

  /**
   * A GPU type with whole GPUs, tainted {@code nvidia.com/gpu} as managed GPU pools are (only pods
   * that tolerate it land there).
   */
  public static NodeType gpu(
      String name,
      double cpuCores,
      long memoryBytes,
      int gpus,
      String family,
      double pricePerHour) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        gpus,
        family,
        Map.of(),
        DEFAULT_MAX_PODS,
        pricePerHour,
        "",
        CapacityType.ON_DEMAND,
        Map.of(),
        java.util.List.of(Taint.NVIDIA_GPU));
  }

  /**
   * A type as a price catalog lists it (capacity, GPUs, price): allocatable after the kubelet's
   * reservations ({@link KubeletReserve}), the default max pods, offered in every zone, and the
   * {@code nvidia.com/gpu} taint when it has GPUs.
   */
  public static NodeType fromCatalog(
      String name,
      double vcpus,
      double memoryGib,
      int gpus,
      String gpuModel,
      double pricePerHour,
      CapacityType capacity) {
    return new NodeType(
        name,
        KubeletReserve.allocatableCores(vcpus),
        KubeletReserve.allocatableMemory((long) (memoryGib * (1L << 30))),
        gpus,
        gpus > 0 ? gpuModel : "",
        Map.of(),
        DEFAULT_MAX_PODS,
        pricePerHour,
        "",
        capacity,
        Map.of(),
        gpus > 0 ? java.util.List.of(Taint.NVIDIA_GPU) : java.util.List.of());
  }

  /** Every label of a node of this type in {@code nodeZone}: its own and the well-known ones. */
  public Map<String, String> labels(String nodeZone) {
    Map<String, String> all = new TreeMap<>(labels);
    all.put(INSTANCE_TYPE_LABEL, name);
    all.put(CAPACITY_TYPE_LABEL, capacity.label());
    if (!nodeZone.isEmpty()) {
      all.put(ZONE_LABEL, nodeZone);
    }
    return all;
  }

  public boolean hasGpus() {
    return gpus > 0 || !migSlices.isEmpty();
  }

  public NodeType withZone(String onlyZone) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        gpus,
        gpuFamily,
        migSlices,
        maxPods,
        pricePerHour,
        onlyZone,
        capacity,
        labels,
        taints);
  }

  public NodeType withMaxPods(int pods) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        gpus,
        gpuFamily,
        migSlices,
        pods,
        pricePerHour,
        zone,
        capacity,
        labels,
        taints);
  }

  public NodeType withPrice(double perHour, CapacityType bought) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        gpus,
        gpuFamily,
        migSlices,
        maxPods,
        perHour,
        zone,
        bought,
        labels,
        taints);
  }

  public NodeType withLabelsAndTaints(
      Map<String, String> nodeLabels, java.util.List<Taint> nodeTaints) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        gpus,
        gpuFamily,
        migSlices,
        maxPods,
        pricePerHour,
        zone,
        capacity,
        nodeLabels,
        nodeTaints);
  }

  public NodeType withMigSlices(Map<String, Integer> slices) {
    return new NodeType(
        name,
        cpuCores,
        memoryBytes,
        0,
        gpuFamily,
        slices,
        maxPods,
        pricePerHour,
        zone,
        capacity,
        labels,
        taints);
  }
}
