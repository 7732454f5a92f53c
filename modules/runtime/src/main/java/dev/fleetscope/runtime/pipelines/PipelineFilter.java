package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.RunFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What the user chose to see: the window (last 24 h or 7 d) and the sources, pipelines and states
 * (empty: all). States narrow the timeline only: the failures list, the success rates and the
 * legend's counts would say nothing if a state filter emptied them.
 */
public record PipelineFilter(
    Duration window, Set<String> sources, Set<String> pipelines, Set<RunState> states) {
  public static final Duration DAY = Duration.ofHours(24);
  public static final Duration WEEK = Duration.ofDays(7);
  public static final PipelineFilter LAST_DAY =
      new PipelineFilter(DAY, Set.of(), Set.of(), Set.of());

  public PipelineFilter {
    sources = Set.copyOf(sources);
    pipelines = Set.copyOf(pipelines);
    states = Set.copyOf(states);
  }

  public PipelineFilter withWindow(Duration window) {
    return new PipelineFilter(window, sources, pipelines, states);
  }

  public PipelineFilter withSources(Set<String> sources) {
    return new PipelineFilter(window, sources, pipelines, states);
  }

  public PipelineFilter withPipelines(Set<String> pipelines) {
    return new PipelineFilter(window, sources, pipelines, states);
  }

  public PipelineFilter withStates(Set<RunState> states) {
    return new PipelineFilter(window, sources, pipelines, states);
  }

  public PipelineFilter cleared() {
    return new PipelineFilter(window, Set.of(), Set.of(), Set.of());
  }

  /** Runs on the timeline: every choice applies. */
  public RunFilter timeline(Instant now) {
    return new RunFilter(sources, pipelines, states, now.minus(window));
  }

  /** Runs counted and listed beside it: sources, pipelines and window, whatever their state. */
  public RunFilter anyState(Instant now) {
    return new RunFilter(sources, pipelines, Set.of(), now.minus(window));
  }

  /**
   * Runs of the chosen sources and pipelines, whatever their state or age: lanes, rows, usual
   * durations.
   */
  public RunFilter everRun() {
    return new RunFilter(sources, pipelines, Set.of(), Instant.MIN);
  }

  /** {@code 24 h} or {@code 7 d}. */
  public String windowText() {
    return window.toHours() <= 24 ? window.toHours() + " h" : window.toDays() + " d";
  }
}
