package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nodes as the model knows them: capacity, allocatable, GPUs and MIG slices, instance type and
 * zone.
 */
final class NodeMapper {
  /** The Kubernetes API knows no prices: the cost module prices nodes by instance type and zone. */
  static final HourlyPrice UNPRICED = HourlyPrice.FREE_USD;

  private static final String GPU = "nvidia.com/gpu";
  private static final String MIG_PREFIX = "nvidia.com/mig-";

  private NodeMapper() {}

  static Node node(JsonNode node) {
    Map<String, String> labels = WorkloadJson.labels(node.at("/metadata/labels"));
    JsonNode capacity = node.at("/status/capacity");
    return new Node(
        node.at("/metadata/name").asText(),
        label(labels, "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"),
        label(labels, "topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"),
        resources(capacity),
        resources(node.at("/status/allocatable")),
        gpus(capacity, labels),
        UNPRICED);
  }

  static Resources resources(JsonNode quantities) {
    double cpu = quantities.has("cpu") ? Quantities.parseCores(quantities.path("cpu").asText()) : 0;
    long memory =
        quantities.has("memory") ? Quantities.parseBytes(quantities.path("memory").asText()) : 0;
    return new Resources(cpu, memory);
  }

  /** Limits or upper bounds: what is not set is unbounded, as in {@link Resources#UNBOUNDED}. */
  static Resources limits(JsonNode quantities) {
    return new Resources(
        quantities.has("cpu")
            ? Quantities.parseCores(quantities.path("cpu").asText())
            : Double.POSITIVE_INFINITY,
        quantities.has("memory")
            ? Quantities.parseBytes(quantities.path("memory").asText())
            : Long.MAX_VALUE);
  }

  /**
   * Whole GPUs from {@code nvidia.com/gpu}; MIG slices from {@code nvidia.com/mig-*}; model and
   * memory from GPU feature discovery labels.
   */
  static NodeGpus gpus(JsonNode capacity, Map<String, String> labels) {
    int whole = capacity.has(GPU) ? Quantities.parse(capacity.path(GPU).asText()).intValue() : 0;
    List<NodeGpus.MigSlices> slices = new ArrayList<>();
    capacity
        .properties()
        .forEach(
            e -> {
              if (e.getKey().startsWith(MIG_PREFIX)) {
                int count = Quantities.parse(e.getValue().asText()).intValue();
                if (count > 0) {
                  slices.add(new NodeGpus.MigSlices(MigProfile.parse(e.getKey()), count));
                }
              }
            });
    int devices = slices.isEmpty() ? whole : parseInt(labels.get("nvidia.com/gpu.count"), whole);
    if (devices == 0 && slices.isEmpty()) {
      return NodeGpus.NONE;
    }
    long memoryMiB = parseInt(labels.get("nvidia.com/gpu.memory"), 0);
    return new NodeGpus(
        labels.getOrDefault("nvidia.com/gpu.product", ""), devices, memoryMiB << 20, slices);
  }

  /**
   * The provider from a node's {@code spec.providerID} ({@code aws://}, {@code gce://}, {@code
   * azure://}).
   */
  static Provider provider(JsonNode node) {
    String id = node.at("/spec/providerID").asText("");
    return id.startsWith("aws://")
        ? Provider.AWS
        : id.startsWith("gce://")
            ? Provider.GCP
            : id.startsWith("azure://") ? Provider.AZURE : Provider.ON_PREM;
  }

  static String region(JsonNode node) {
    Map<String, String> labels = WorkloadJson.labels(node.at("/metadata/labels"));
    return label(
        labels, "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region");
  }

  private static String label(Map<String, String> labels, String key, String legacyKey) {
    return labels.getOrDefault(key, labels.getOrDefault(legacyKey, ""));
  }

  private static int parseInt(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
