package dev.fleetscope.simulator.billing;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One cluster's charges, day by day: each node's machine hours (CPU nodes under the account's
 * commitment discount, GPU nodes on demand) and boot disk, the managed control plane, and the day's
 * internet egress. What does not change from day to day (IDs, tags, prices) is worked out once per
 * node.
 */
final class ClusterBill {
  private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private final CloudAccount account;
  private final Cluster cluster;
  private final NodeDays nodeDays;
  private final long seed;
  private final List<NodeLine> nodes;
  private final String clusterResource;
  private final Map<String, String> clusterTags;

  /** A node as its bill names it. */
  private record NodeLine(
      Node node,
      BigDecimal price,
      boolean committed,
      String resourceId,
      Map<String, String> tags) {}

  ClusterBill(CloudAccount account, Cluster cluster, NodeDays nodeDays, long seed) {
    this.account = account;
    this.cluster = cluster;
    this.nodeDays = nodeDays;
    this.seed = seed;
    this.nodes =
        cluster.nodes().stream()
            .map(
                n ->
                    new NodeLine(
                        n,
                        BigDecimal.valueOf(n.price().amount()),
                        n.gpus().count() == 0 && account.generalDiscount().signum() > 0,
                        account.nodeResourceId(cluster, n),
                        account.tags(cluster, Optional.of(pool(n)))))
            .toList();
    this.clusterResource = account.clusterResourceId(cluster);
    this.clusterTags = account.tags(cluster, Optional.empty());
  }

  List<Charge> charges(LocalDate day) {
    List<Charge> charges = new ArrayList<>();
    int nodesUp = 0;
    for (NodeLine line : nodes) {
      int hours = nodeDays.hours(line.node(), day);
      if (hours > 0) {
        nodesUp++;
        charges.add(machine(line, hours));
        charges.add(disk(line, hours));
      }
    }
    charges.add(controlPlane());
    charges.add(egress(day, nodesUp));
    return charges;
  }

  private Charge machine(NodeLine line, int hours) {
    Node node = line.node();
    BigDecimal quantity = BigDecimal.valueOf(hours);
    BigDecimal list = Charge.money(line.price().multiply(quantity));
    BigDecimal effective =
        line.committed() ? Charge.discounted(list, account.generalDiscount()) : list;
    Optional<String> commitment = line.committed() ? Optional.of(commitmentId()) : Optional.empty();
    return new Charge(
        node.instanceType() + (line.committed() ? " covered by commitment" : " on demand"),
        account.computeService(),
        "Compute",
        node.zone(),
        line.resourceId(),
        node.name(),
        "Virtual Machine",
        node.instanceType(),
        line.price(),
        quantity,
        "Hours",
        list,
        effective,
        commitment,
        line.tags());
  }

  private Charge disk(NodeLine line, int hours) {
    Node node = line.node();
    BigDecimal gbMonths =
        BigDecimal.valueOf((long) CloudAccount.DISK_GB * hours)
            .divide(HOURS_PER_MONTH, Charge.SCALE, RoundingMode.HALF_EVEN);
    BigDecimal list = Charge.money(gbMonths.multiply(account.diskGbMonth()));
    return new Charge(
        CloudAccount.DISK_GB + " GB boot disk",
        account.storageService(),
        "Storage",
        node.zone(),
        line.resourceId() + "/disk",
        node.name() + "-disk",
        "Disk",
        "ssd-" + CloudAccount.DISK_GB,
        account.diskGbMonth(),
        gbMonths,
        "GB-Month",
        list,
        list,
        Optional.empty(),
        line.tags());
  }

  private Charge controlPlane() {
    BigDecimal quantity = BigDecimal.valueOf(NodeDays.HOURS);
    BigDecimal list = Charge.money(CloudAccount.CONTROL_PLANE_PER_HOUR.multiply(quantity));
    return new Charge(
        "Kubernetes control plane",
        account.kubernetesService(),
        "Compute",
        "",
        clusterResource,
        cluster.name(),
        "Cluster",
        "control-plane",
        CloudAccount.CONTROL_PLANE_PER_HOUR,
        quantity,
        "Hours",
        list,
        list,
        Optional.empty(),
        clusterTags);
  }

  /** A few GB per running node and day: model downloads, API traffic, replication. */
  private Charge egress(LocalDate day, int nodesUp) {
    SplittableRandom random =
        new SplittableRandom(
            seed ^ cluster.name().hashCode() * 0x9E3779B97F4A7C15L ^ day.toEpochDay());
    BigDecimal gb =
        BigDecimal.valueOf(nodesUp * (2 + 3 * random.nextDouble()))
            .setScale(3, RoundingMode.HALF_EVEN);
    BigDecimal list = Charge.money(gb.multiply(account.egressPerGb()));
    return new Charge(
        "Data transfer out to the internet",
        account.networkService(),
        "Networking",
        "",
        clusterResource,
        cluster.name(),
        "Data Transfer",
        "egress-internet",
        account.egressPerGb(),
        gb,
        "GB",
        list,
        list,
        Optional.empty(),
        clusterTags);
  }

  private String commitmentId() {
    return switch (account.provider()) {
      case AWS -> "arn:aws:savingsplans::" + account.accountId() + ":savingsplan/sp-demo-compute";
      case GCP ->
          "projects/"
              + cluster.name()
              + "/regions/"
              + cluster.region()
              + "/commitments/cud-general";
      default -> "commitment-" + cluster.name();
    };
  }

  private static String pool(Node node) {
    int gpus = node.gpus().count();
    return gpus == 0 ? "general" : gpus == 1 ? "gpu" : "gpu-large";
  }
}
