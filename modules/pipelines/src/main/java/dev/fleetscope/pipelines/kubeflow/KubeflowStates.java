package dev.fleetscope.pipelines.kubeflow;

import dev.fleetscope.model.pipeline.RunState;

/** Kubeflow Pipelines' {@code v2beta1RuntimeState} in the normalized model. */
public final class KubeflowStates {
  private KubeflowStates() {}

  public static RunState runState(String state) {
    return switch (state == null ? "" : state) {
      case "PENDING" -> RunState.QUEUED;
      case "RUNNING" -> RunState.RUNNING;
      case "SUCCEEDED" -> RunState.SUCCEEDED;
      case "SKIPPED" -> RunState.SKIPPED;
      case "FAILED" -> RunState.FAILED;
      // CANCELING is on its way to CANCELED; polling goes on until the source says it is final.
      case "CANCELING", "CANCELED" -> RunState.CANCELED;
      case "PAUSED" -> RunState.PAUSED;
      default -> RunState.UNKNOWN; // RUNTIME_STATE_UNSPECIFIED, absent, or newer than this client
    };
  }

  /** Whether Kubeflow can still change the run: everything but its final states. */
  public static boolean open(String state) {
    return switch (state == null ? "" : state) {
      case "SUCCEEDED", "SKIPPED", "FAILED", "CANCELED" -> false;
      default -> true;
    };
  }
}
