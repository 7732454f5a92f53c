package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.change.RolloutState;

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
   * An in-place resize is done when no pod reports a pending or running resize; infeasible fails
   * it.
   */
  static RolloutState ofResize(JsonNode pod) {
    for (JsonNode condition : pod.path("status").path("conditions")) {
      String type = condition.path("type").asText();
      if ("PodResizePending".equals(type)
          && "Infeasible".equals(condition.path("reason").asText())) {
        return new RolloutState.Failed(
            "pod "
                + pod.at("/metadata/name").asText()
                + ": resize infeasible: "
                + condition.path("message").asText());
      }
      if ("PodResizePending".equals(type) || "PodResizeInProgress".equals(type)) {
        return new RolloutState.Progressing(
            "pod " + pod.at("/metadata/name").asText() + " is resizing");
      }
    }
    return new RolloutState.Complete();
  }
}
