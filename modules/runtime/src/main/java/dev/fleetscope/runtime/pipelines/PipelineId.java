package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;

/** A pipeline of one source: two sources may each have a pipeline of the same name. */
public record PipelineId(String source, String pipeline) {
  public static PipelineId of(PipelineRun run) {
    return new PipelineId(run.source(), run.pipeline());
  }
}
