package dev.fleetscope.packing.export;

import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PlannedNode;
import dev.fleetscope.packing.Taint;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What both exports need: quoting and the proposal's types, zones and taints. */
final class Yaml {
  private Yaml() {}

  /** A YAML double-quoted scalar. */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String flowList(List<String> values) {
    return values.stream().map(Yaml::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  static List<NodeType> types(PoolProposal proposal) {
    return proposal.proposal().nodes().stream()
        .map(PlannedNode::type)
        .distinct()
        .sorted(java.util.Comparator.comparing(NodeType::name))
        .toList();
  }

  static List<String> zones(PoolProposal proposal) {
    return List.copyOf(
        proposal.proposal().nodes().stream()
            .map(PlannedNode::zone)
            .filter(z -> !z.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  static List<Taint> taints(PoolProposal proposal) {
    return types(proposal).stream().flatMap(t -> t.taints().stream()).distinct().toList();
  }

  /** A YAML list of taints, each line indented by {@code indent}. */
  static void taints(StringBuilder y, String indent, List<Taint> taints) {
    for (Taint t : taints) {
      y.append(indent).append("- key: ").append(quote(t.key())).append('\n');
      y.append(indent).append("  value: ").append(quote(t.value())).append('\n');
      y.append(indent).append("  effect: ").append(t.effect()).append('\n');
    }
  }

  /** A Kubernetes resource name: lower case letters, digits and dashes. */
  static String name(String text) {
    String name = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    return name.replaceAll("^-+|-+$", "");
  }
}
