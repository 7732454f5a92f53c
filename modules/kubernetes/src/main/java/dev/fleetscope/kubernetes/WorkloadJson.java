package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.change.ContainerResources;
import java.util.Map;
import java.util.TreeMap;

/** Reads what the writer needs from a workload's JSON, exactly as the server spelled it. */
final class WorkloadJson {
  private WorkloadJson() {}

  /** The pod template's app containers, then its init containers (sidecars among them). */
  static Map<String, ContainerResources> containers(JsonNode workload, WorkloadKind kind) {
    return ResizeJson.containers(workload.at(WorkloadPaths.podSpec(kind)));
  }

  static ContainerResources resources(JsonNode resources) {
    return new ContainerResources(
        strings(resources.path("requests")), strings(resources.path("limits")));
  }

  static int replicas(JsonNode workload, WorkloadKind kind) {
    return switch (kind) {
      case DEPLOYMENT, STATEFUL_SET -> workload.path("spec").path("replicas").asInt(1);
      case DAEMON_SET -> workload.path("status").path("desiredNumberScheduled").asInt(0);
      case JOB -> workload.path("spec").path("parallelism").asInt(1);
      case CRON_JOB -> workload.at("/spec/jobTemplate/spec/parallelism").asInt(1);
    };
  }

  static Map<String, String> labels(JsonNode labels) {
    return strings(labels);
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new TreeMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }
}
