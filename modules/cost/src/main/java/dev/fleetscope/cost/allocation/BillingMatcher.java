package dev.fleetscope.cost.allocation;

import dev.fleetscope.cost.billing.ClusterTags;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Node;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a billing row's ResourceId and provider tags to the fleet's clusters and nodes. The node is
 * the last part of the ResourceId: an EC2 instance ID ({@code arn:...:instance/i-0abc}, a node
 * named {@code i-0abc} or {@code i-0abc.ec2.internal}), a GCE instance name, or an AKS scale-set VM
 * (the node name is the scale set's name followed by the VM's instance ID in base 36, six digits).
 */
public final class BillingMatcher {
  private static final Pattern SCALE_SET_VM =
      Pattern.compile("(?i).*/virtualMachineScaleSets/([^/]+)/virtualMachines/(\\d+)$");

  private final List<Cluster> clusters;

  public BillingMatcher(List<Cluster> clusters) {
    this.clusters = List.copyOf(clusters);
  }

  public Optional<BillingTarget> match(String resourceId, Map<String, String> tags) {
    Optional<String> node = Optional.ofNullable(resourceId).flatMap(BillingMatcher::nodeName);
    Optional<Cluster> tagged =
        ClusterTags.clusterName(tags)
            .flatMap(name -> clusters.stream().filter(c -> c.name().equals(name)).findFirst());
    List<Cluster> candidates = tagged.map(List::of).orElse(clusters);
    for (Cluster cluster : candidates) {
      Optional<Node> found =
          node.flatMap(n -> cluster.nodes().stream().filter(k -> named(k, n)).findFirst());
      if (found.isPresent()) {
        return Optional.of(new BillingTarget(cluster.name(), Optional.of(found.get().name())));
      }
    }
    return tagged.map(c -> new BillingTarget(c.name(), Optional.empty()));
  }

  /** The node name a ResourceId points at, if it points at a machine. */
  static Optional<String> nodeName(String resourceId) {
    Matcher vm = SCALE_SET_VM.matcher(resourceId);
    if (vm.matches()) {
      String instance = Long.toString(Long.parseLong(vm.group(2)), 36);
      return Optional.of(vm.group(1) + "0".repeat(Math.max(0, 6 - instance.length())) + instance);
    }
    int cut = Math.max(resourceId.lastIndexOf('/'), resourceId.lastIndexOf(':'));
    String last = resourceId.substring(cut + 1);
    return last.isBlank() ? Optional.empty() : Optional.of(last);
  }

  private static boolean named(Node node, String name) {
    String nodeName = node.name().toLowerCase(Locale.ROOT);
    String wanted = name.toLowerCase(Locale.ROOT);
    return nodeName.equals(wanted) || nodeName.startsWith(wanted + ".");
  }
}
