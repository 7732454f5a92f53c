package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs for the live tests. */
final class Runs {
  private Runs() {}

  static PipelineRun finished(
      String pipeline, String id, RunState state, Instant start, Duration took) {
    List<FailedTask> failed =
        state == RunState.FAILED
            ? List.of(new FailedTask("train", "CUDA out of memory"))
            : List.of();
    return new PipelineRun(
        "kfp",
        pipeline,
        id,
        Trigger.SCHEDULED,
        state,
        Optional.of(start),
        Optional.of(start.plus(took)),
        failed,
        Optional.empty());
  }

  static PipelineRun running(String pipeline, String id, Instant start) {
    return new PipelineRun(
        "kfp",
        pipeline,
        id,
        Trigger.SCHEDULED,
        RunState.RUNNING,
        Optional.of(start),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  static PipelineRun queued(String pipeline, String id) {
    return new PipelineRun(
        "kfp",
        pipeline,
        id,
        Trigger.SCHEDULED,
        RunState.QUEUED,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }
}
