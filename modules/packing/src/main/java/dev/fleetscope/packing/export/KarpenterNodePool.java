package dev.fleetscope.packing.export;

import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PlannedNode;
import dev.fleetscope.packing.Taint;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import java.util.List;
import java.util.Locale;

/**
 * A pool proposal as a Karpenter {@code NodePool} ({@code karpenter.sh/v1}): the proposed instance
 * types, capacity types and zones as requirements, the pool's taints, limits with {@value
 * #HEADROOM_PERCENT} % headroom over the proposed nodes' allocatable resources, and consolidation
 * of under-used nodes, so Karpenter keeps the pool near the proposal.
 */
public final class KarpenterNodePool {
  static final int HEADROOM_PERCENT = 25;

  private KarpenterNodePool() {}

  /**
   * @param nodeClass the name of the pool's {@code EC2NodeClass} ({@code karpenter.k8s.aws})
   */
  public static String yaml(PoolProposal proposal, String nodeClass) {
    List<NodeType> types = Yaml.types(proposal);
    StringBuilder y = new StringBuilder();
    y.append("# Proposed by Fleetscope for pool ")
        .append(proposal.pool())
        .append(
            String.format(
                Locale.ROOT,
                ": %d nodes at %.4f/h instead of %d at %.4f/h%n",
                proposal.proposedNodes(),
                proposal.proposedCostPerHour(),
                proposal.todayNodes(),
                proposal.todayCostPerHour()));
    y.append("apiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata:\n  name: ")
        .append(Yaml.name(proposal.pool()))
        .append("\nspec:\n  template:\n    spec:\n      nodeClassRef:\n")
        .append("        group: karpenter.k8s.aws\n        kind: EC2NodeClass\n        name: ")
        .append(Yaml.quote(nodeClass))
        .append("\n      requirements:\n");
    requirement(y, NodeType.INSTANCE_TYPE_LABEL, types.stream().map(NodeType::name).toList());
    requirement(
        y,
        NodeType.CAPACITY_TYPE_LABEL,
        types.stream().map(t -> t.capacity().label()).distinct().sorted().toList());
    List<String> zones = Yaml.zones(proposal);
    if (!zones.isEmpty()) {
      requirement(y, NodeType.ZONE_LABEL, zones);
    }
    List<Taint> taints = Yaml.taints(proposal);
    if (!taints.isEmpty()) {
      y.append("      taints:\n");
      Yaml.taints(y, "        ", taints);
    }
    limits(y, proposal);
    y.append("  disruption:\n    consolidationPolicy: WhenEmptyOrUnderutilized\n")
        .append("    consolidateAfter: 5m\n");
    return y.toString();
  }

  private static void requirement(StringBuilder y, String key, List<String> values) {
    y.append("        - key: ").append(key).append('\n');
    y.append("          operator: In\n");
    y.append("          values: ").append(Yaml.flowList(values)).append('\n');
  }

  private static void limits(StringBuilder y, PoolProposal proposal) {
    double cpu = 0;
    double memory = 0;
    int gpus = 0;
    for (PlannedNode node : proposal.proposal().nodes()) {
      cpu += node.type().cpuCores();
      memory += node.type().memoryBytes();
      gpus += node.type().gpus();
    }
    double factor = 1 + HEADROOM_PERCENT / 100.0;
    y.append("  limits:\n    cpu: \"").append((long) Math.ceil(cpu * factor)).append("\"\n");
    y.append("    memory: ").append((long) Math.ceil(memory * factor / (1L << 30))).append("Gi\n");
    if (gpus > 0) {
      y.append("    nvidia.com/gpu: \"").append((long) Math.ceil(gpus * factor)).append("\"\n");
    }
  }
}
