package dev.fleetscope.packing.export;

import dev.fleetscope.packing.CapacityType;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.Taint;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import java.util.List;

/**
 * A pool proposal as an eksctl {@code ClusterConfig} with one managed node group. EKS cannot change
 * the instance types of an existing managed node group, so the proposal is a new group (named after
 * the pool, suffixed {@code -rightsized}) sized to the proposal; once its nodes are ready, the old
 * group is scaled to zero (the comment at the top says how), which drains it.
 */
public final class EksNodeGroup {
  private EksNodeGroup() {}

  public static String yaml(String cluster, String region, PoolProposal proposal) {
    List<NodeType> types = Yaml.types(proposal);
    String name = Yaml.name(proposal.pool()) + "-rightsized";
    int nodes = proposal.proposedNodes();
    StringBuilder y = new StringBuilder();
    y.append("# Proposed by Fleetscope for pool ").append(proposal.pool()).append('\n');
    y.append("# eksctl create nodegroup --config-file=THIS_FILE, then scale the old group to 0:\n");
    y.append("# eksctl scale nodegroup --cluster=")
        .append(cluster)
        .append(" --name=")
        .append(Yaml.name(proposal.pool()))
        .append(" --nodes=0 --nodes-min=0\n");
    y.append("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ")
        .append(Yaml.quote(cluster))
        .append("\n  region: ")
        .append(Yaml.quote(region))
        .append("\nmanagedNodeGroups:\n  - name: ")
        .append(name)
        .append("\n    instanceTypes: ")
        .append(Yaml.flowList(types.stream().map(NodeType::name).toList()))
        .append('\n');
    if (types.stream().allMatch(t -> t.capacity() == CapacityType.SPOT)) {
      y.append("    spot: true\n");
    }
    y.append("    desiredCapacity: ").append(nodes).append('\n');
    y.append("    minSize: ").append(nodes).append('\n');
    y.append("    maxSize: ").append(nodes + Math.max(1, nodes / 4)).append('\n');
    List<String> zones = Yaml.zones(proposal);
    if (!zones.isEmpty()) {
      y.append("    availabilityZones: ").append(Yaml.flowList(zones)).append('\n');
    }
    List<Taint> taints = Yaml.taints(proposal);
    if (!taints.isEmpty()) {
      y.append("    taints:\n");
      Yaml.taints(y, "      ", taints);
    }
    return y.toString();
  }
}
