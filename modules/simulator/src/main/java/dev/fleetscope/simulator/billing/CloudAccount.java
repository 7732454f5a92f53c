package dev.fleetscope.simulator.billing;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Provider;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one cloud bills a Kubernetes cluster, as its FOCUS export names things: the provider, the
 * account, the services, the resource IDs and the tags naming the cluster (the keys the cost module
 * reads). Rates are approximate public list prices; they make the demo plausible, they are no price
 * source.
 *
 * @param diskGbMonth list price of one GB-month of a node's boot disk
 * @param egressPerGb list price of one GB of internet egress
 * @param generalDiscount the commitment discount (Savings Plan, committed use) on CPU-only nodes;
 *     GPU nodes run on demand
 */
record CloudAccount(
    Provider provider,
    String providerName,
    String accountId,
    String accountName,
    String computeService,
    String kubernetesService,
    String storageService,
    String networkService,
    BigDecimal diskGbMonth,
    BigDecimal egressPerGb,
    BigDecimal generalDiscount) {

  static final BigDecimal CONTROL_PLANE_PER_HOUR = new BigDecimal("0.10");
  static final int DISK_GB = 128;

  static final CloudAccount AWS =
      new CloudAccount(
          Provider.AWS,
          "Amazon Web Services",
          "412345678901",
          "ml-platform-prod",
          "Amazon Elastic Compute Cloud",
          "Amazon Elastic Kubernetes Service",
          "Amazon Elastic Block Store",
          "AWS Data Transfer",
          new BigDecimal("0.08"),
          new BigDecimal("0.09"),
          new BigDecimal("0.28"));
  static final CloudAccount GCP =
      new CloudAccount(
          Provider.GCP,
          "Google Cloud",
          "01A2B3-C4D5E6-F7A8B9",
          "ml-training",
          "Compute Engine",
          "Kubernetes Engine",
          "Persistent Disk",
          "Networking",
          new BigDecimal("0.10"),
          new BigDecimal("0.12"),
          new BigDecimal("0.20"));
  static final CloudAccount AZURE =
      new CloudAccount(
          Provider.AZURE,
          "Microsoft",
          "8f2c6a10-5b7e-4c1d-9e3f-2a4b6c8d0e1f",
          "data-science",
          "Virtual Machines",
          "Azure Kubernetes Service",
          "Storage",
          "Bandwidth",
          new BigDecimal("0.12"),
          new BigDecimal("0.087"),
          BigDecimal.ZERO);

  /** The account a cluster's bill comes from; on-premises clusters have none. */
  static Optional<CloudAccount> of(Provider provider) {
    return switch (provider) {
      case AWS -> Optional.of(AWS);
      case GCP -> Optional.of(GCP);
      case AZURE -> Optional.of(AZURE);
      case ON_PREM -> Optional.empty();
    };
  }

  /** A short name for file names: {@code aws}, {@code gcp}, {@code azure}. */
  String slug() {
    return provider.name().toLowerCase(Locale.ROOT);
  }

  /** The machine's ID as the cloud's bill gives it. */
  String nodeResourceId(Cluster cluster, Node node) {
    return switch (provider) {
      case AWS ->
          "arn:aws:ec2:"
              + cluster.region()
              + ":"
              + accountId
              + ":instance/i-0"
              + String.format(
                      Locale.ROOT, "%016x", (long) node.name().hashCode() * 0x9E3779B97F4A7C15L)
                  .substring(0, 16);
      case GCP ->
          "//compute.googleapis.com/projects/"
              + cluster.name()
              + "/zones/"
              + node.zone()
              + "/instances/"
              + node.name();
      case AZURE -> azureVm(cluster, node);
      case ON_PREM -> node.name();
    };
  }

  /** The cluster itself (its control plane, its load balancers' traffic) as a resource. */
  String clusterResourceId(Cluster cluster) {
    return switch (provider) {
      case AWS ->
          "arn:aws:eks:" + cluster.region() + ":" + accountId + ":cluster/" + cluster.name();
      case GCP ->
          "//container.googleapis.com/projects/"
              + cluster.name()
              + "/locations/"
              + cluster.region()
              + "/clusters/"
              + cluster.name();
      case AZURE ->
          resourceGroup(cluster)
              + "/providers/Microsoft.ContainerService/managedClusters/"
              + cluster.name();
      case ON_PREM -> cluster.name();
    };
  }

  /**
   * An AKS node is a scale-set VM named after its scale set and its instance ID in base 36, six
   * digits ({@code aks-gpu-1234-vmss00000a} is VM 10 of scale set {@code aks-gpu-1234-vmss}).
   */
  private String azureVm(Cluster cluster, Node node) {
    String name = node.name();
    String scaleSet = name.length() > 6 ? name.substring(0, name.length() - 6) : name;
    String suffix = name.substring(scaleSet.length());
    String vm = suffix.matches("[0-9a-z]{6}") ? Long.toString(Long.parseLong(suffix, 36)) : name;
    return resourceGroup(cluster)
        + "/providers/Microsoft.Compute/virtualMachineScaleSets/"
        + scaleSet
        + "/virtualMachines/"
        + vm;
  }

  private String resourceGroup(Cluster cluster) {
    return "/subscriptions/"
        + accountId
        + "/resourceGroups/MC_"
        + cluster.name()
        + "_"
        + cluster.name()
        + "_"
        + cluster.region();
  }

  /**
   * The tags the cloud puts on a cluster's resources, naming the cluster (and the node pool, for a
   * machine).
   */
  Map<String, String> tags(Cluster cluster, Optional<String> nodePool) {
    Map<String, String> tags = new LinkedHashMap<>();
    switch (provider) {
      case AWS -> {
        tags.put("aws:eks:cluster-name", cluster.name());
        nodePool.ifPresent(p -> tags.put("eks:nodegroup-name", p));
      }
      case GCP -> {
        tags.put("goog-k8s-cluster-name", cluster.name());
        nodePool.ifPresent(p -> tags.put("goog-k8s-node-pool-name", p));
      }
      case AZURE -> {
        tags.put("aks-managed-cluster-name", cluster.name());
        nodePool.ifPresent(p -> tags.put("aks-managed-poolName", p));
      }
      case ON_PREM -> tags.put("cluster", cluster.name());
    }
    return tags;
  }
}
