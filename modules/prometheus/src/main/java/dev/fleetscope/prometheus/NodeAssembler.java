package dev.fleetscope.prometheus;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nodes from kube-state-metrics: capacity and allocatable per resource, the provider id ({@code
 * aws:///zone/id}, {@code gce://project/zone/name}, {@code azure://...}) and, when allow-listed,
 * the instance type, zone, region and GPU product labels. Prices are not Prometheus's to know:
 * nodes come at zero until the cost module prices them by instance type.
 */
final class NodeAssembler {
  private static final long MIB = 1L << 20;

  private final Map<String, Map<String, NodeFacts>> byCluster = new TreeMap<>();

  NodeAssembler(ClusterLabels refs, List<Row> resources, List<Row> info) {
    for (Row row : resources) {
      NodeFacts node = node(refs.cluster(row.labels()), row.label("node"));
      if (row.metricName().equals("kube_node_status_capacity")) {
        node.capacity.add(row);
        ResourceRows.migProfile(row.label("resource"))
            .ifPresent(
                p -> node.migSlices.add(new NodeGpus.MigSlices(p, (int) Math.round(row.value()))));
      } else {
        node.allocatable.add(row);
      }
    }
    for (Row row : info) {
      NodeFacts node = node(refs.cluster(row.labels()), row.label("node"));
      row.labels()
          .forEach(
              (name, value) -> {
                if (!value.isEmpty() && !name.equals("__name__")) {
                  node.labels.put(name, value);
                }
              });
    }
  }

  List<String> clusters() {
    return List.copyOf(byCluster.keySet());
  }

  List<Node> nodes(String cluster) {
    return byCluster.getOrDefault(cluster, Map.of()).entrySet().stream()
        .map(e -> e.getValue().toNode(e.getKey()))
        .toList();
  }

  /**
   * The cluster's provider, told by its nodes' provider ids; on-premises when none says otherwise.
   */
  Provider provider(String cluster) {
    for (NodeFacts node : byCluster.getOrDefault(cluster, Map.of()).values()) {
      String id = node.labels.getOrDefault("provider_id", "");
      if (id.startsWith("aws://")) {
        return Provider.AWS;
      } else if (id.startsWith("gce://")) {
        return Provider.GCP;
      } else if (id.startsWith("azure://")) {
        return Provider.AZURE;
      }
    }
    return Provider.ON_PREM;
  }

  /** The region of the cluster's first node that tells one, or "". */
  String region(String cluster) {
    return byCluster.getOrDefault(cluster, Map.of()).values().stream()
        .map(NodeFacts::region)
        .filter(r -> !r.isEmpty())
        .findFirst()
        .orElse("");
  }

  private NodeFacts node(String cluster, String name) {
    return byCluster
        .computeIfAbsent(cluster, c -> new TreeMap<>())
        .computeIfAbsent(name, n -> new NodeFacts());
  }

  private static final class NodeFacts {
    final ResourceRows capacity = new ResourceRows();
    final ResourceRows allocatable = new ResourceRows();
    final List<NodeGpus.MigSlices> migSlices = new ArrayList<>();
    final Map<String, String> labels = new TreeMap<>();

    Node toNode(String name) {
      long gpuMemory = parseLong(labels.getOrDefault(InventoryQueries.GPU_MEMORY_MIB, "0")) * MIB;
      NodeGpus gpus =
          capacity.wholeGpus() == 0 && migSlices.isEmpty()
              ? NodeGpus.NONE
              : new NodeGpus(
                  labels.getOrDefault(InventoryQueries.GPU_PRODUCT, ""),
                  capacity.wholeGpus(),
                  gpuMemory,
                  migSlices);
      return new Node(
          name,
          labels.getOrDefault(InventoryQueries.INSTANCE_TYPE, ""),
          zone(),
          capacity.asRequests(),
          allocatable.asRequests(),
          gpus,
          HourlyPrice.FREE_USD);
    }

    String zone() {
      String zone = labels.getOrDefault(InventoryQueries.ZONE, "");
      if (!zone.isEmpty()) {
        return zone;
      }
      String[] parts = labels.getOrDefault("provider_id", "").split("/");
      String id = labels.getOrDefault("provider_id", "");
      if (id.startsWith("aws:///") && parts.length > 3
          || id.startsWith("gce://") && parts.length > 3) {
        return parts[3];
      }
      return "";
    }

    /**
     * The region label, else the zone without its last part: {@code us-east-1a} in {@code
     * us-east-1}, {@code us-central1-a} in {@code us-central1}.
     */
    String region() {
      String region = labels.getOrDefault(InventoryQueries.REGION, "");
      if (!region.isEmpty()) {
        return region;
      }
      String zone = zone();
      if (zone.matches(".*-[a-z]$")) {
        return zone.substring(0, zone.length() - 2);
      }
      return zone.matches(".*\\d[a-z]$") ? zone.substring(0, zone.length() - 1) : "";
    }

    private static long parseLong(String text) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
