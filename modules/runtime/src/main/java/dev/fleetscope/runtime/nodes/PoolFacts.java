package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a node pool is made of beyond counts: its nodes' GPU model and, when they are
 * MIG-partitioned, the slices each node offers by profile. A pool is an instance type, as {@code
 * SnapshotNodes} takes it.
 */
public record PoolFacts(String pool, String gpuModel, int gpusPerNode, Map<String, Integer> mig) {
  public PoolFacts {
    mig = Map.copyOf(mig);
  }

  public boolean hasGpus() {
    return gpusPerNode > 0 || !mig.isEmpty();
  }

  /** {@code 8 × NVIDIA A100 · MIG 1g.10gb×7}, or empty for a CPU pool. */
  public String describeGpus() {
    if (!hasGpus()) {
      return "";
    }
    StringBuilder text = new StringBuilder().append(gpusPerNode).append(" × ").append(gpuModel);
    if (!mig.isEmpty()) {
      text.append(" · MIG ");
      List<String> slices = new ArrayList<>();
      mig.forEach((profile, count) -> slices.add(profile + "×" + count));
      text.append(String.join(", ", slices));
    }
    return text.toString();
  }

  /** The pools of a cluster, by name. */
  static Map<String, PoolFacts> of(Cluster cluster) {
    Map<String, PoolFacts> pools = new TreeMap<>();
    for (Node node : cluster.nodes()) {
      pools.computeIfAbsent(node.instanceType(), pool -> facts(pool, node.gpus()));
    }
    return pools;
  }

  private static PoolFacts facts(String pool, NodeGpus gpus) {
    Map<String, Integer> mig = new LinkedHashMap<>();
    gpus.migSlices().forEach(s -> mig.merge(s.profile().name(), s.count(), Integer::sum));
    return new PoolFacts(pool, gpus.model(), gpus.count(), new TreeMap<>(mig));
  }
}
