package dev.fleetscope.alerts.input;

import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Duration;
import java.util.Optional;

/**
 * A pipeline run with what the pipelines module knows of its pipeline.
 *
 * @param usual the pipeline's usual duration before this run started (the pipelines module's {@code
 *     UsualDuration}: p95 of its last succeeded runs), when there were enough runs to say
 * @param placement where the pipeline's pods run and who owns it, when configured
 */
public record RunFacts(PipelineRun run, Optional<Duration> usual, Placement placement)
    implements Evidence {

  /** Source and pipeline: the runs of one pipeline are judged together. */
  public String pipelineKey() {
    return run.source() + "/" + run.pipeline();
  }

  /** {@code source/runId}: the run's row in the Pipelines view. */
  public String runKey() {
    return run.source() + "/" + run.runId();
  }
}
