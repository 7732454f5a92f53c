package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Instant;
import java.util.Set;

/**
 * Which runs to show: by source, pipeline and state (an empty set allows all), placed at or after
 * {@code from} (runs still open always pass, however old).
 */
public record RunFilter(
    Set<String> sources, Set<String> pipelines, Set<RunState> states, Instant from) {
  public static final RunFilter ALL = new RunFilter(Set.of(), Set.of(), Set.of(), Instant.MIN);

  public RunFilter {
    sources = Set.copyOf(sources);
    pipelines = Set.copyOf(pipelines);
    states = Set.copyOf(states);
  }

  public static RunFilter since(Instant from) {
    return new RunFilter(Set.of(), Set.of(), Set.of(), from);
  }

  public RunFilter withStates(Set<RunState> states) {
    return new RunFilter(sources, pipelines, states, from);
  }

  public boolean test(PipelineRun run, Instant now) {
    return (sources.isEmpty() || sources.contains(run.source()))
        && (pipelines.isEmpty() || pipelines.contains(run.pipeline()))
        && (states.isEmpty() || states.contains(run.state()))
        && (!run.state().finished() || !run.anchor(now).isBefore(from));
  }
}
