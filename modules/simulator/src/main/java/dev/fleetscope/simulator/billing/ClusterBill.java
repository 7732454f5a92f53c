package dev.fleetscope.simulator.billing;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One cluster's charges for one day: each node's machine hours (CPU nodes under the account's commitment
 * discount, GPU nodes on demand) and boot disk, the managed control plane, and the day's internet egress.
 */
final class ClusterBill {
  private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private final CloudAccount account;
  private final Cluster cluster;
  private final NodeDays nodeDays;
  private final long seed;

  ClusterBill(CloudAccount account, Cluster cluster, NodeDays nodeDays, long seed) {
    this.account = account;
    this.cluster = cluster;
    this.nodeDays = nodeDays;
    this.seed = seed;
  }

  List<Charge> charges(LocalDate day) {
    List<Charge> charges = new ArrayList<>();
    int nodesUp = 0;
    for (Node node : cluster.nodes()) {
      int hours = nodeDays.hours(node, day);
      if (hours > 0) {
        nodesUp++;
        charges.add(machine(node, hours));
        charges.add(disk(node, hours));
      }
    }
    charges.add(controlPlane());
    charges.add(egress(day, nodesUp));
    return charges;
  }

  private Charge machine(Node node, int hours) {
    BigDecimal price = BigDecimal.valueOf(node.price().amount());
    BigDecimal quantity = BigDecimal.valueOf(hours);
    BigDecimal list = Charge.money(price.multiply(quantity));
    boolean committed = node.gpus().count() == 0 && account.generalDiscount().signum() > 0;
    BigDecimal effective = committed ? Charge.discounted(list, account.generalDiscount()) : list;
    Optional<String> commitment = committed ? Optional.of(commitmentId()) : Optional.empty();
    return new Charge(node.instanceType() + (committed ? " covered by commitment" : " on demand"),
        account.computeService(), "Compute", node.zone(), account.nodeResourceId(cluster, node), node.name(),
        "Virtual Machine", node.instanceType(), price, quantity, "Hours", list, effective, commitment,
        account.tags(cluster, Optional.of(pool(node))));
  }

  private Charge disk(Node node, int hours) {
    BigDecimal gbMonths = BigDecimal.valueOf((long) CloudAccount.DISK_GB * hours)
        .divide(HOURS_PER_MONTH, Charge.SCALE, RoundingMode.HALF_EVEN);
    BigDecimal list = Charge.money(gbMonths.multiply(account.diskGbMonth()));
    return new Charge(CloudAccount.DISK_GB + " GB boot disk", account.storageService(), "Storage", node.zone(),
        account.nodeResourceId(cluster, node) + "/disk", node.name() + "-disk", "Disk", "ssd-" + CloudAccount.DISK_GB,
        account.diskGbMonth(), gbMonths, "GB-Month", list, list, Optional.empty(),
        account.tags(cluster, Optional.of(pool(node))));
  }

  private Charge controlPlane() {
    BigDecimal quantity = BigDecimal.valueOf(NodeDays.HOURS);
    BigDecimal list = Charge.money(CloudAccount.CONTROL_PLANE_PER_HOUR.multiply(quantity));
    return new Charge("Kubernetes control plane", account.kubernetesService(), "Compute", "",
        account.clusterResourceId(cluster), cluster.name(), "Cluster", "control-plane", CloudAccount.CONTROL_PLANE_PER_HOUR,
        quantity, "Hours", list, list, Optional.empty(), account.tags(cluster, Optional.empty()));
  }

  /** A few GB per running node and day: model downloads, API traffic, replication. */
  private Charge egress(LocalDate day, int nodesUp) {
    SplittableRandom random = new SplittableRandom(seed ^ cluster.name().hashCode() * 0x9E3779B97F4A7C15L ^ day.toEpochDay());
    BigDecimal gb = BigDecimal.valueOf(nodesUp * (2 + 3 * random.nextDouble())).setScale(3, RoundingMode.HALF_EVEN);
    BigDecimal list = Charge.money(gb.multiply(account.egressPerGb()));
    return new Charge("Data transfer out to the internet", account.networkService(), "Networking", "",
        account.clusterResourceId(cluster), cluster.name(), "Data Transfer", "egress-internet", account.egressPerGb(), gb,
        "GB", list, list, Optional.empty(), account.tags(cluster, Optional.empty()));
  }

  private String commitmentId() {
    return switch (account.provider()) {
      case AWS -> "arn:aws:savingsplans::" + account.accountId() + ":savingsplan/sp-demo-compute";
      case GCP -> "projects/" + cluster.name() + "/regions/" + cluster.region() + "/commitments/cud-general";
      default -> "commitment-" + cluster.name();
    };
  }

  private static String pool(Node node) {
    int gpus = node.gpus().count();
    return gpus == 0 ? "general" : gpus == 1 ? "gpu" : "gpu-large";
  }
}
