package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.JvmOptions;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Termination;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Containers and pods as the model knows them. */
final class WorkloadMapper {
  private WorkloadMapper() {}

  /** App containers, then native sidecars (init containers with {@code restartPolicy: Always}). */
  static List<ContainerSpec> containers(JsonNode podSpec) {
    List<ContainerSpec> specs = new ArrayList<>();
    for (JsonNode c : podSpec.path("containers")) {
      specs.add(container(c, ContainerKind.CONTAINER));
    }
    for (JsonNode c : podSpec.path("initContainers")) {
      if (sidecar(c)) {
        specs.add(container(c, ContainerKind.SIDECAR));
      }
    }
    return specs;
  }

  /** Ordinary init containers: they run to completion before the app containers start. */
  static List<ContainerSpec> initContainers(JsonNode podSpec) {
    List<ContainerSpec> specs = new ArrayList<>();
    for (JsonNode c : podSpec.path("initContainers")) {
      if (!sidecar(c)) {
        specs.add(container(c, ContainerKind.INIT));
      }
    }
    return specs;
  }

  static boolean sidecar(JsonNode initContainer) {
    return "Always".equals(initContainer.path("restartPolicy").asText());
  }

  /** Pod-level {@code spec.resources} (KEP-2837), when set. */
  static Optional<PodResources> podResources(JsonNode podSpec) {
    JsonNode resources = podSpec.path("resources");
    if (!resources.has("requests") && !resources.has("limits")) {
      return Optional.empty();
    }
    return Optional.of(
        new PodResources(
            NodeMapper.resources(resources.path("requests")),
            NodeMapper.limits(resources.path("limits"))));
  }

  static ContainerSpec container(JsonNode c, ContainerKind kind) {
    return new ContainerSpec(
        c.path("name").asText(),
        NodeMapper.resources(c.at("/resources/requests")),
        NodeMapper.limits(c.at("/resources/limits")),
        gpu(c.at("/resources/limits")),
        kind,
        jvm(c));
  }

  /** The JVM a container runs, from its image, command, args and literal environment values. */
  static Optional<JvmMemory> jvm(JsonNode c) {
    Map<String, String> env = new HashMap<>();
    for (JsonNode e : c.path("env")) {
      if (e.has("value")) {
        env.put(e.path("name").asText(), e.path("value").asText());
      }
    }
    return JvmOptions.detect(
        c.path("image").asText(), strings(c.path("command")), strings(c.path("args")), env);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** GPUs are asked for in limits: whole devices or MIG slices. */
  static GpuAllocation gpu(JsonNode limits) {
    if (limits.has("nvidia.com/gpu")) {
      int count = Quantities.parse(limits.path("nvidia.com/gpu").asText()).intValue();
      return count > 0 ? new GpuAllocation.Whole(count) : GpuAllocation.NONE;
    }
    var fields = limits.properties().iterator();
    while (fields.hasNext()) {
      var e = fields.next();
      if (e.getKey().startsWith("nvidia.com/mig-")) {
        return new GpuAllocation.Mig(
            MigProfile.parse(e.getKey()), Quantities.parse(e.getValue().asText()).intValue());
      }
    }
    return GpuAllocation.NONE;
  }

  static Pod pod(JsonNode pod) {
    List<Container> containers = new ArrayList<>();
    JsonNode statuses = pod.at("/status/containerStatuses");
    JsonNode initStatuses = pod.at("/status/initContainerStatuses");
    for (ContainerSpec spec : containers(pod.path("spec"))) {
      JsonNode status =
          status(spec.kind() == ContainerKind.SIDECAR ? initStatuses : statuses, spec.name());
      containers.add(
          new Container(
              spec,
              status.path("restartCount").asInt(0),
              termination(status.at("/lastState/terminated"))));
    }
    return new Pod(
        pod.at("/metadata/name").asText(),
        pod.at("/spec/nodeName").asText(""),
        phase(pod),
        containers);
  }

  private static PodPhase phase(JsonNode pod) {
    try {
      return PodPhase.valueOf(pod.at("/status/phase").asText("Unknown").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return PodPhase.UNKNOWN;
    }
  }

  private static JsonNode status(JsonNode statuses, String name) {
    for (JsonNode s : statuses) {
      if (name.equals(s.path("name").asText())) {
        return s;
      }
    }
    return KubeHttp.JSON.missingNode();
  }

  private static Optional<Termination> termination(JsonNode terminated) {
    if (terminated.isMissingNode() || !terminated.has("reason")) {
      return Optional.empty();
    }
    try {
      Instant at = Instant.parse(terminated.path("finishedAt").asText());
      return Optional.of(
          new Termination(
              terminated.path("reason").asText(), terminated.path("exitCode").asInt(), at));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
