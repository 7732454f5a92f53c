package dev.fleetscope.pipelines.airflow;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;

/** Airflow's DAG run states and run types (both API versions) in the normalized model. */
public final class AirflowStates {
  private AirflowStates() {}

  /** {@code DagState} (v1) / {@code DagRunState} (v2): queued, running, success, failed. */
  public static RunState runState(String state) {
    return switch (state == null ? "" : state) {
      case "queued" -> RunState.QUEUED;
      case "running" -> RunState.RUNNING;
      case "success" -> RunState.SUCCEEDED;
      case "failed" -> RunState.FAILED;
      default -> RunState.UNKNOWN;
    };
  }

  /**
   * {@code run_type}: v1 backfill, manual, scheduled, dataset_triggered; v2 adds the asset_* kinds.
   */
  public static Trigger trigger(String runType) {
    return switch (runType == null ? "" : runType) {
      case "scheduled" -> Trigger.SCHEDULED;
      case "manual" -> Trigger.MANUAL;
      case "backfill" -> Trigger.BACKFILL;
      case "dataset_triggered", "asset_triggered", "asset_materialization" -> Trigger.EVENT;
      default -> Trigger.UNKNOWN;
    };
  }
}
