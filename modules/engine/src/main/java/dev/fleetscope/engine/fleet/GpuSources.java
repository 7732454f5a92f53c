package dev.fleetscope.engine.fleet;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.Workload;
import java.util.List;

/**
 * The GPUs a container's advice is judged against: the devices its DRA claims hold (model and
 * memory from their ResourceSlices), else those of the node its workload's first pod runs on, else
 * of the cluster's first GPU node.
 */
final class GpuSources {
  private GpuSources() {}

  static NodeGpus of(Cluster cluster, Workload workload, ContainerSpec spec) {
    List<GpuClaim> claimed =
        workload.gpuClaims().stream()
            .filter(c -> c.usedBy(spec.name()) && c.mig().isEmpty() && c.share() == 1)
            .filter(c -> c.memoryBytes() > 0)
            .toList();
    if (!claimed.isEmpty()) {
      GpuClaim first = claimed.getFirst();
      return NodeGpus.whole(first.model(), claimed.size(), first.memoryBytes());
    }
    List<String> podNodes = workload.pods().stream().map(Pod::node).toList();
    return cluster.nodes().stream()
        .filter(n -> n.gpus().count() > 0)
        .sorted(
            (a, b) -> Boolean.compare(!podNodes.contains(a.name()), !podNodes.contains(b.name())))
        .map(Node::gpus)
        .findFirst()
        .orElse(NodeGpus.NONE);
  }
}
