package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.ContainerTraits;
import dev.fleetscope.model.change.PodStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a change must know beyond the containers' resources: each container's kind, resize
 * policy and JVM; pod-level resources; and, per running pod, what its status says about a resize
 * (the resources the kubelet applied, the resize conditions and the generation they were seen at).
 */
final class ResizeJson {
  private ResizeJson() {}

  /** App containers, then init containers (native sidecars and ordinary), by name. */
  static Map<String, ContainerResources> containers(JsonNode podSpec) {
    Map<String, ContainerResources> containers = new LinkedHashMap<>();
    for (JsonNode c : all(podSpec)) {
      containers.put(c.path("name").asText(), WorkloadJson.resources(c.path("resources")));
    }
    return containers;
  }

  static Map<String, ContainerTraits> traits(JsonNode podSpec) {
    Map<String, ContainerTraits> traits = new LinkedHashMap<>();
    for (JsonNode c : podSpec.path("containers")) {
      traits.put(c.path("name").asText(), traits(c, ContainerKind.CONTAINER));
    }
    for (JsonNode c : podSpec.path("initContainers")) {
      traits.put(
          c.path("name").asText(),
          traits(c, WorkloadMapper.sidecar(c) ? ContainerKind.SIDECAR : ContainerKind.INIT));
    }
    return traits;
  }

  private static ContainerTraits traits(JsonNode c, ContainerKind kind) {
    return new ContainerTraits(
        kind, restarts(c, "cpu"), restarts(c, "memory"), WorkloadMapper.jvm(c));
  }

  /** Whether {@code resizePolicy} restarts the container when this resource is resized. */
  private static boolean restarts(JsonNode container, String resource) {
    for (JsonNode policy : container.path("resizePolicy")) {
      if (resource.equals(policy.path("resourceName").asText())) {
        return "RestartContainer".equals(policy.path("restartPolicy").asText());
      }
    }
    return false;
  }

  /** Pod-level {@code spec.resources}, exactly as written; empty when not set. */
  static Optional<ContainerResources> podResources(JsonNode podSpec) {
    JsonNode resources = podSpec.path("resources");
    return resources.has("requests") || resources.has("limits")
        ? Optional.of(WorkloadJson.resources(resources))
        : Optional.empty();
  }

  static PodStatus status(JsonNode pod, Resources nodeAllocatable) {
    long generation = pod.at("/metadata/generation").asLong(0);
    Map<String, ContainerResources> actual = new LinkedHashMap<>();
    for (String statuses : List.of("containerStatuses", "initContainerStatuses")) {
      for (JsonNode s : pod.path("status").path(statuses)) {
        if (s.has("resources")) {
          actual.put(s.path("name").asText(), WorkloadJson.resources(s.path("resources")));
        }
      }
    }
    List<PodStatus.ResizeCondition> conditions = new ArrayList<>();
    for (JsonNode c : pod.at("/status/conditions")) {
      String type = c.path("type").asText();
      if (PodStatus.ResizeCondition.PENDING.equals(type)
          || PodStatus.ResizeCondition.IN_PROGRESS.equals(type)) {
        conditions.add(
            new PodStatus.ResizeCondition(
                type,
                c.path("reason").asText(""),
                c.path("message").asText(""),
                // before 1.34 conditions carry no generation: take them as current
                c.path("observedGeneration").asLong(generation)));
      }
    }
    return new PodStatus(
        pod.at("/spec/nodeName").asText(""), nodeAllocatable, generation, actual, conditions);
  }

  private static List<JsonNode> all(JsonNode podSpec) {
    List<JsonNode> all = new ArrayList<>();
    podSpec.path("containers").forEach(all::add);
    podSpec.path("initContainers").forEach(all::add);
    return all;
  }
}
