package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.live.PipelineBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Small hand-made boards: every run's times written down, so expected positions and counts can be
 * checked by hand.
 */
public final class Boards {
  public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  static final SourceStatus AIRFLOW_LIVE = status("af", "Airflow prod", SourceState.LIVE);
  static final SourceStatus KFP_LIVE = status("kfp", "Kubeflow", SourceState.LIVE);

  private Boards() {}

  public static SourceStatus status(String id, String name, SourceState state) {
    Optional<String> message =
        state == SourceState.LIVE
            ? Optional.empty()
            : Optional.of(name + ": 503 Service Unavailable");
    return new SourceStatus(
        id, name, state, Optional.of(NOW.minusSeconds(90)), message, Optional.empty());
  }

  /** A finished run of {@code source}/{@code pipeline} that started {@code hoursAgo} before NOW. */
  public static PipelineRun finished(
      String source, String pipeline, String id, RunState state, double hoursAgo, Duration took) {
    Instant start = NOW.minusSeconds(Math.round(hoursAgo * 3600));
    List<FailedTask> failed =
        state == RunState.FAILED
            ? List.of(new FailedTask("train", "CUDA out of memory. Tried to allocate 2.50 GiB"))
            : List.of();
    return new PipelineRun(
        source,
        pipeline,
        id,
        Trigger.SCHEDULED,
        state,
        Optional.of(start),
        Optional.of(start.plus(took)),
        failed,
        Optional.empty());
  }

  public static PipelineRun running(String source, String pipeline, String id, double hoursAgo) {
    return new PipelineRun(
        source,
        pipeline,
        id,
        Trigger.MANUAL,
        RunState.RUNNING,
        Optional.of(NOW.minusSeconds(Math.round(hoursAgo * 3600))),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  static PipelineRun queued(String source, String pipeline, String id) {
    return new PipelineRun(
        source,
        pipeline,
        id,
        Trigger.SCHEDULED,
        RunState.QUEUED,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /**
   * Airflow prod: features (succeeded 6 h ago for 30 min; failed 2 d ago for 12 min), ingest
   * (running since 1 h). Kubeflow: retrain (succeeded 3 d ago for 2 h; queued now).
   */
  static PipelineBoard sample(SourceStatus airflow) {
    return new PipelineBoard(
        NOW,
        List.of(
            finished("af", "features", "f-1", RunState.SUCCEEDED, 6, Duration.ofMinutes(30)),
            finished("af", "features", "f-0", RunState.FAILED, 48, Duration.ofMinutes(12)),
            running("af", "ingest", "i-1", 1),
            finished("kfp", "retrain", "r-0", RunState.SUCCEEDED, 72, Duration.ofHours(2)),
            queued("kfp", "retrain", "r-1")),
        List.of(airflow, KFP_LIVE));
  }
}
