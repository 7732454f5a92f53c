package dev.fleetscope.simulator;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.simulator.Blueprint.ClusterPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Places pods on nodes first-fit, adding a node to the right pool when none has room, the way the
 * cluster autoscaler grows a node group. Leaves 10% of each node free, as autoscaled clusters tend
 * to.
 */
final class NodePacker {
  private static final double USABLE = 0.9;

  enum Pool {
    GENERAL,
    GPU,
    MULTI_GPU,
    MIG
  }

  private static final class Bin {
    final String name;
    final Pool pool;
    final InstanceType type;
    final String zone;
    double cpuFree;
    long memoryFree;
    int gpuUnitsFree;

    Bin(String name, Pool pool, InstanceType type, String zone, Resources reserved) {
      this.name = name;
      this.pool = pool;
      this.type = type;
      this.zone = zone;
      Resources allocatable = type.allocatable();
      this.cpuFree = allocatable.cpuCores() * USABLE - reserved.cpuCores();
      this.memoryFree = (long) (allocatable.memoryBytes() * USABLE) - reserved.memoryBytes();
      this.gpuUnitsFree =
          type.gpus().migPartitioned()
              ? type.gpus().migSlices().getFirst().count()
              : type.gpus().count();
    }

    boolean fits(Resources requests, int gpuUnits) {
      return requests.cpuCores() <= cpuFree
          && requests.memoryBytes() <= memoryFree
          && gpuUnits <= gpuUnitsFree;
    }

    void take(Resources requests, int gpuUnits) {
      cpuFree -= requests.cpuCores();
      memoryFree -= requests.memoryBytes();
      gpuUnitsFree -= gpuUnits;
    }
  }

  private final ClusterPlan plan;
  private Draw draw;
  private int nodesBeforeContinuing = -1;
  private final Resources perNodeReserved;
  private final List<Bin> bins = new ArrayList<>();
  private final Map<Pool, Integer> poolSizes = new EnumMap<>(Pool.class);
  private final String poolSuffix;

  /**
   * @param perNodeReserved what the DaemonSets will request on every node
   */
  NodePacker(ClusterPlan plan, Draw draw, Resources perNodeReserved) {
    this.plan = plan;
    this.draw = draw;
    this.perNodeReserved = perNodeReserved;
    this.poolSuffix = draw.hex(8);
  }

  /**
   * Names the nodes added from now on with another draw, so that what is placed next changes no
   * name drawn before.
   */
  void continueWith(Draw other) {
    nodesBeforeContinuing = bins.size();
    draw = other;
  }

  /** How many nodes there were when {@link #continueWith} was called (all, if it was not). */
  int nodesBeforeContinuing() {
    return nodesBeforeContinuing < 0 ? bins.size() : nodesBeforeContinuing;
  }

  /** The node a replica with these requests lands on. */
  String place(Resources requests, GpuAllocation gpu, boolean training) {
    Pool pool = poolFor(gpu, training);
    int units =
        gpu instanceof GpuAllocation.Whole whole
            ? whole.count()
            : gpu instanceof GpuAllocation.Mig mig ? mig.count() : 0;
    for (Bin bin : bins) {
      if (bin.pool == pool && bin.fits(requests, units)) {
        bin.take(requests, units);
        return bin.name;
      }
    }
    Bin fresh = addNode(pool);
    fresh.take(requests, units);
    return fresh.name;
  }

  List<Node> nodes() {
    return bins.stream()
        .map(
            b ->
                new Node(
                    b.name,
                    b.type.name(),
                    b.zone,
                    b.type.capacity(),
                    b.type.allocatable(),
                    b.type.gpus(),
                    b.type.price()))
        .toList();
  }

  private Pool poolFor(GpuAllocation gpu, boolean training) {
    return switch (gpu) {
      case GpuAllocation.None none -> Pool.GENERAL;
      case GpuAllocation.Mig mig -> Pool.MIG;
      case GpuAllocation.Whole whole when training || whole.count() > plan.gpu().gpus().count() ->
          Pool.MULTI_GPU;
      default -> Pool.GPU;
    };
  }

  private InstanceType type(Pool pool) {
    return switch (pool) {
      case GENERAL -> plan.general();
      case GPU -> plan.gpu();
      case MULTI_GPU -> plan.multiGpu();
      case MIG -> plan.mig();
    };
  }

  private Bin addNode(Pool pool) {
    int index = poolSizes.merge(pool, 1, Integer::sum) - 1;
    String poolName =
        switch (pool) {
          case GENERAL -> "general";
          case GPU -> "gpu";
          case MULTI_GPU -> "gpularge";
          case MIG -> "gpumig";
        };
    Bin bin =
        new Bin(nodeName(poolName, index), pool, type(pool), zone(bins.size()), perNodeReserved);
    bins.add(bin);
    return bin;
  }

  private String nodeName(String pool, int index) {
    Provider provider = plan.provider();
    return switch (provider) {
      case AWS ->
          "ip-10-"
              + draw.between(0, 3)
              + "-"
              + draw.between(0, 255)
              + "-"
              + draw.between(1, 254)
              + ".ec2.internal";
      case GCP -> "gke-" + plan.name() + "-" + pool + "-" + poolSuffix + "-" + draw.kubeSuffix(4);
      case AZURE ->
          "aks-"
              + pool
              + "-"
              + Math.abs(poolSuffix.hashCode() % 100_000_000)
              + "-vmss"
              + String.format("%06d", index);
      case ON_PREM -> plan.name() + "-" + pool + "-" + index;
    };
  }

  private String zone(int nodeIndex) {
    String region = plan.region();
    return switch (plan.provider()) {
      case AWS -> region + "abc".charAt(nodeIndex % 3);
      case GCP -> region + "-" + "abcf".charAt(nodeIndex % 4);
      case AZURE -> region + "-" + (nodeIndex % 3 + 1);
      case ON_PREM -> region;
    };
  }
}
