package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.time.Clock;
import java.util.List;

/**
 * The pipeline sources the console watches, where their pods run, and the clock their runs are
 * judged by.
 *
 * @param sources not yet polled: the console starts polling them once its window is up
 */
public record PipelineSetup(
    List<PipelineSource> sources, List<WorkloadPlacement> placements, Clock clock) {
  public PipelineSetup {
    sources = List.copyOf(sources);
    placements = List.copyOf(placements);
  }

  /** The demo fleet's own pipelines, placed in the demo fleet's namespaces. */
  public static PipelineSetup demo(long seed, Clock clock) {
    return new PipelineSetup(DemoPipelines.sources(seed, clock), DemoPlacements.all(), clock);
  }

  public static PipelineSetup none(Clock clock) {
    return new PipelineSetup(List.of(), List.of(), clock);
  }
}
