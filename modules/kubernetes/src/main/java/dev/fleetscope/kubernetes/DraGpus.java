package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Quantities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GPUs a workload's pods hold through Dynamic Resource Allocation ({@code resource.k8s.io/v1}):
 * each pod claim ({@code spec.resourceClaims}) resolved to its ResourceClaim (named, or generated
 * from a template and named in {@code status.resourceClaimStatuses}), each device the claim was
 * allocated ({@code status.allocation.devices.results}) described by the ResourceSlice that
 * publishes it (NVIDIA's driver: {@code type} gpu or mig, {@code productName}, {@code profile},
 * capacity {@code memory}). Devices that are not GPUs (a driver and type that do not say so) are
 * left out.
 */
final class DraGpus {
  private final Map<String, JsonNode> claims;
  private final Map<String, JsonNode> devices = new HashMap<>();
  private final Map<String, List<JsonNode>> devicesByNode = new HashMap<>();

  DraGpus(Map<String, JsonNode> claimsByKey, List<JsonNode> slices) {
    this.claims = claimsByKey;
    for (JsonNode slice : slices) {
      String driver = slice.at("/spec/driver").asText();
      String pool = slice.at("/spec/pool/name").asText();
      String node = slice.at("/spec/nodeName").asText("");
      for (JsonNode device : slice.at("/spec/devices")) {
        devices.put(driver + "/" + pool + "/" + device.path("name").asText(), device);
        if (!node.isEmpty()) {
          devicesByNode.computeIfAbsent(node, n -> new ArrayList<>()).add(device);
        }
      }
    }
  }

  /**
   * The GPUs a node's ResourceSlices publish, for a node whose capacity lists none (DRA drivers
   * advertise no extended resource): whole GPUs, else the distinct parents of its MIG devices.
   */
  NodeGpus nodeGpus(String node) {
    List<JsonNode> published = devicesByNode.getOrDefault(node, List.of());
    List<JsonNode> whole =
        published.stream().filter(d -> attribute(d, "type").equals("gpu")).toList();
    long count =
        whole.isEmpty()
            ? published.stream()
                .filter(d -> attribute(d, "type").equals("mig"))
                .map(d -> attribute(d, "parentUUID"))
                .distinct()
                .count()
            : whole.size();
    if (count == 0) {
      return NodeGpus.NONE;
    }
    JsonNode first = whole.isEmpty() ? published.getFirst() : whole.getFirst();
    return NodeGpus.whole(
        attribute(first, "productName"),
        (int) count,
        whole.isEmpty() ? 0 : bytes(first.at("/capacity/memory/value")));
  }

  /** The GPUs one pod holds through its claims; empty when it holds none. */
  List<GpuClaim> of(JsonNode pod) {
    JsonNode spec = pod.path("spec");
    String namespace = pod.at("/metadata/namespace").asText();
    List<GpuClaim> gpus = new ArrayList<>();
    for (JsonNode podClaim : spec.path("resourceClaims")) {
      String podClaimName = podClaim.path("name").asText();
      Optional<String> claimName = claimName(pod, podClaim);
      JsonNode claim = claimName.map(n -> claims.get(namespace + "/" + n)).orElse(null);
      if (claim == null) {
        continue;
      }
      Set<String> users = users(spec, podClaimName);
      for (JsonNode result : claim.at("/status/allocation/devices/results")) {
        gpu(claimName.get(), result, users).ifPresent(gpus::add);
      }
    }
    return gpus;
  }

  /**
   * The containers with their claimed GPUs counted: each claim on the first container that names it
   * (all of them are listed as its users), so a claim shared by two containers counts once.
   */
  static List<ContainerSpec> withClaims(List<ContainerSpec> containers, List<GpuClaim> claims) {
    Map<String, List<GpuClaim>> counted = new HashMap<>();
    for (GpuClaim claim : claims) {
      containers.stream()
          .map(ContainerSpec::name)
          .filter(claim::usedBy)
          .findFirst()
          .ifPresent(c -> counted.computeIfAbsent(c, k -> new ArrayList<>()).add(claim));
    }
    return containers.stream()
        .map(
            c -> {
              List<GpuClaim> own = counted.getOrDefault(c.name(), List.of());
              if (own.isEmpty()) {
                return c;
              }
              GpuAllocation claimed = GpuClaim.allocation(own);
              return c.withGpu(
                  c.gpu() instanceof GpuAllocation.None
                      ? claimed
                      : new GpuAllocation.Whole(
                          (int) Math.ceil(c.gpu().gpuEquivalent() + claimed.gpuEquivalent())));
            })
        .toList();
  }

  private static Optional<String> claimName(JsonNode pod, JsonNode podClaim) {
    if (podClaim.hasNonNull("resourceClaimName")) {
      return Optional.of(podClaim.path("resourceClaimName").asText());
    }
    for (JsonNode status : pod.at("/status/resourceClaimStatuses")) {
      if (podClaim.path("name").asText().equals(status.path("name").asText())
          && status.hasNonNull("resourceClaimName")) {
        return Optional.of(status.path("resourceClaimName").asText());
      }
    }
    return Optional.empty();
  }

  /** The containers that name the pod claim in {@code resources.claims}; the first when none do. */
  private static Set<String> users(JsonNode podSpec, String podClaimName) {
    Set<String> users = new LinkedHashSet<>();
    List<JsonNode> all = new ArrayList<>();
    podSpec.path("containers").forEach(all::add);
    podSpec
        .path("initContainers")
        .forEach(
            c -> {
              if (WorkloadMapper.sidecar(c)) {
                all.add(c);
              }
            });
    for (JsonNode c : all) {
      for (JsonNode used : c.at("/resources/claims")) {
        if (podClaimName.equals(used.path("name").asText())) {
          users.add(c.path("name").asText());
        }
      }
    }
    if (users.isEmpty() && !all.isEmpty()) {
      users.add(all.getFirst().path("name").asText());
    }
    return users;
  }

  private Optional<GpuClaim> gpu(String claim, JsonNode result, Set<String> users) {
    String driver = result.path("driver").asText();
    String deviceName = result.path("device").asText();
    JsonNode device =
        devices.getOrDefault(
            driver + "/" + result.path("pool").asText() + "/" + deviceName,
            KubeHttp.JSON.missingNode());
    String type = attribute(device, "type");
    if (!(type.equals("gpu") || type.equals("mig"))
        && !driver.toLowerCase(Locale.ROOT).contains("gpu")) {
      return Optional.empty();
    }
    long memory = bytes(device.at("/capacity/memory/value"));
    Optional<MigProfile> mig = migProfile(attribute(device, "profile"));
    double share = mig.map(MigProfile::gpuFraction).orElse(1.0);
    long consumed = bytes(result.at("/consumedCapacity/memory"));
    if (mig.isEmpty() && consumed > 0 && memory > 0 && consumed < memory) {
      share = consumed / (double) memory; // a partition: a share of the device's capacity
      memory = consumed;
    }
    return Optional.of(
        new GpuClaim(
            claim,
            result.path("request").asText(),
            driver,
            deviceName,
            attribute(device, "productName"),
            memory,
            mig,
            share,
            users));
  }

  /** A v1 attribute: {@code {string: ...}}, {@code {int: ...}}, {@code {version: ...}}. */
  private static String attribute(JsonNode device, String name) {
    JsonNode value = device.at("/attributes/" + name);
    for (String kind : List.of("string", "version", "int", "bool")) {
      if (value.has(kind)) {
        return value.path(kind).asText();
      }
    }
    return "";
  }

  /** {@code 1g.10gb}, also with a media-engine suffix ({@code 1g.10gb+me}). */
  private static Optional<MigProfile> migProfile(String profile) {
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MigProfile.parse(profile.split("\\+")[0]));
    } catch (IllegalArgumentException notAProfile) {
      return Optional.empty();
    }
  }

  private static long bytes(JsonNode quantity) {
    try {
      return quantity.isMissingNode() ? 0 : Quantities.parseBytes(quantity.asText());
    } catch (IllegalArgumentException notAQuantity) {
      return 0;
    }
  }
}
