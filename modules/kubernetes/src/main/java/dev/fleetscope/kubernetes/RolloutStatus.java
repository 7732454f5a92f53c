package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PodStatus;
import dev.fleetscope.model.change.RolloutState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Judges a rollout from a workload's status the way {@code kubectl rollout status} does. */
final class RolloutStatus {
  private RolloutStatus() {}

  static RolloutState of(JsonNode workload, WorkloadKind kind) {
    JsonNode status = workload.path("status");
    long generation = workload.path("metadata").path("generation").asLong(0);
    if (kind != WorkloadKind.JOB
        && kind != WorkloadKind.CRON_JOB
        && status.path("observedGeneration").asLong(0) < generation) {
      return new RolloutState.Progressing("waiting for the controller to see the new template");
    }
    return switch (kind) {
      case DEPLOYMENT -> deployment(workload, status);
      case STATEFUL_SET -> statefulSet(workload, status);
      case DAEMON_SET -> daemonSet(status);
      case JOB, CRON_JOB -> new RolloutState.Complete();
    };
  }

  private static RolloutState deployment(JsonNode workload, JsonNode status) {
    for (JsonNode condition : status.path("conditions")) {
      if ("Progressing".equals(condition.path("type").asText())
          && "ProgressDeadlineExceeded".equals(condition.path("reason").asText())) {
        return new RolloutState.Failed(
            "progress deadline exceeded: " + condition.path("message").asText());
      }
    }
    int wanted = workload.path("spec").path("replicas").asInt(1);
    int updated = status.path("updatedReplicas").asInt(0);
    if (updated < wanted) {
      return new RolloutState.Progressing(updated + " of " + wanted + " replicas updated");
    }
    if (status.path("replicas").asInt(0) > updated) {
      return new RolloutState.Progressing(
          (status.path("replicas").asInt(0) - updated) + " old replicas pending termination");
    }
    int available = status.path("availableReplicas").asInt(0);
    return available < updated
        ? new RolloutState.Progressing(available + " of " + updated + " updated replicas available")
        : new RolloutState.Complete();
  }

  private static RolloutState statefulSet(JsonNode workload, JsonNode status) {
    if ("OnDelete".equals(workload.at("/spec/updateStrategy/type").asText())) {
      return new RolloutState.Complete();
    }
    int wanted = workload.path("spec").path("replicas").asInt(1);
    int ready = status.path("readyReplicas").asInt(0);
    if (ready < wanted) {
      return new RolloutState.Progressing(ready + " of " + wanted + " pods ready");
    }
    String update = status.path("updateRevision").asText("");
    if (!update.equals(status.path("currentRevision").asText(""))) {
      return new RolloutState.Progressing(
          status.path("updatedReplicas").asInt(0) + " of " + wanted + " pods updated");
    }
    return new RolloutState.Complete();
  }

  private static RolloutState daemonSet(JsonNode status) {
    int desired = status.path("desiredNumberScheduled").asInt(0);
    int updated = status.path("updatedNumberScheduled").asInt(0);
    if (updated < desired) {
      return new RolloutState.Progressing(updated + " of " + desired + " pods updated");
    }
    int available = status.path("numberAvailable").asInt(0);
    return available < desired
        ? new RolloutState.Progressing(available + " of " + desired + " updated pods available")
        : new RolloutState.Complete();
  }

  /**
   * An in-place resize is done when the kubelet has seen the pod's generation, reports no pending
   * or running resize for it, and applied the spec's CPU and memory to every container ({@code
   * status.containerStatuses[].resources}); {@code Infeasible} fails it. Conditions observed at an
   * older generation belong to an earlier resize and are not this one's verdict.
   */
  static RolloutState ofResize(JsonNode pod) {
    String name = "pod " + pod.at("/metadata/name").asText();
    PodStatus status = ResizeJson.status(pod, Resources.NONE);
    for (PodStatus.ResizeCondition condition : status.current()) {
      String message = condition.message().isEmpty() ? "" : ": " + condition.message();
      if (condition.infeasible()) {
        return new RolloutState.Failed(name + ": resize infeasible" + message);
      }
      return new RolloutState.Progressing(
          condition.deferred()
              ? name + ": resize deferred" + message
              : name + " is resizing" + message);
    }
    if (status.conditions().size() > status.current().size()
        || pod.at("/status/observedGeneration").asLong(status.generation()) < status.generation()) {
      return new RolloutState.Progressing(name + ": waiting for the kubelet to see the resize");
    }
    Map<String, ContainerResources> wanted = ResizeJson.containers(pod.path("spec"));
    for (var actual : status.actual().entrySet()) {
      ContainerResources spec = wanted.get(actual.getKey());
      if (spec != null && !applied(spec, actual.getValue())) {
        return new RolloutState.Progressing(
            name + ": container " + actual.getKey() + " not yet running with its new resources");
      }
    }
    return new RolloutState.Complete();
  }

  /** Whether the kubelet's CPU and memory equal the spec's, as quantities (500m is 0.5). */
  private static boolean applied(ContainerResources spec, ContainerResources actual) {
    for (String resource : List.of(ContainerResources.CPU, ContainerResources.MEMORY)) {
      if (!same(spec.request(resource), actual.request(resource))
          || !same(spec.limit(resource), actual.limit(resource))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Optional<String> spec, Optional<String> actual) {
    return spec.isEmpty()
        || actual
            .map(a -> Quantities.parse(a).compareTo(Quantities.parse(spec.get())) == 0)
            .orElse(false);
  }
}
