package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Termination;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Containers and pods as the model knows them. */
final class WorkloadMapper {
  private WorkloadMapper() {}

  static List<ContainerSpec> containers(JsonNode podSpec) {
    List<ContainerSpec> specs = new ArrayList<>();
    for (JsonNode c : podSpec.path("containers")) {
      specs.add(container(c));
    }
    return specs;
  }

  static ContainerSpec container(JsonNode c) {
    JsonNode requests = c.at("/resources/requests");
    JsonNode limits = c.at("/resources/limits");
    Resources limit =
        new Resources(
            limits.has("cpu")
                ? Quantities.parseCores(limits.path("cpu").asText())
                : Double.POSITIVE_INFINITY,
            limits.has("memory")
                ? Quantities.parseBytes(limits.path("memory").asText())
                : Long.MAX_VALUE);
    return new ContainerSpec(
        c.path("name").asText(), NodeMapper.resources(requests), limit, gpu(limits));
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
    for (JsonNode c : pod.at("/spec/containers")) {
      JsonNode status = status(statuses, c.path("name").asText());
      containers.add(
          new Container(
              container(c),
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
