package dev.fleetscope.pipelines.argo;

import dev.fleetscope.model.pipeline.RunState;

/** Argo's workflow phases in the normalized model. */
public final class ArgoStates {
  private ArgoStates() {}

  /**
   * A workflow's {@code status.phase}: "" (not yet picked up, or in progress before the controller
   * sets one), Pending, Running, Succeeded, Failed, Error. A running workflow with {@code
   * spec.suspend} is paused; a failed one with {@code spec.shutdown} (Stop, Terminate) was canceled
   * by a person.
   */
  public static RunState runState(
      String phase, boolean started, boolean suspended, boolean shutdown) {
    return switch (phase == null ? "" : phase) {
      case "" -> started ? RunState.RUNNING : RunState.QUEUED;
      case "Pending" -> RunState.QUEUED;
      case "Running" -> suspended ? RunState.PAUSED : RunState.RUNNING;
      case "Succeeded" -> RunState.SUCCEEDED;
      case "Failed", "Error" -> shutdown ? RunState.CANCELED : RunState.FAILED;
      default -> RunState.UNKNOWN;
    };
  }

  /** Whether a node's phase is a failure: Failed or Error (Omitted and Skipped are not). */
  public static boolean nodeFailed(String phase) {
    return "Failed".equals(phase) || "Error".equals(phase);
  }

  /** Whether the controller may still change the workflow. */
  public static boolean open(String phase) {
    return switch (phase == null ? "" : phase) {
      case "Succeeded", "Failed", "Error" -> false;
      default -> true;
    };
  }
}
