package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a pipelines view reads, at one instant: the runs of every source, newest first, and
 * the health of the sources. Immutable, so it can be handed to the FX thread as is. Runs of a stale
 * source are still here; {@link #isLive(PipelineRun)} tells the view to draw them as stale.
 */
public record PipelineBoard(Instant at, List<PipelineRun> runs, List<SourceStatus> sources) {
  public static final PipelineBoard EMPTY = new PipelineBoard(Instant.EPOCH, List.of(), List.of());

  public PipelineBoard {
    runs =
        runs.stream()
            .sorted(Comparator.comparing((PipelineRun r) -> r.anchor(at)).reversed())
            .toList();
    sources = List.copyOf(sources);
  }

  public List<PipelineRun> runs(RunFilter filter) {
    return runs.stream().filter(r -> filter.test(r, at)).toList();
  }

  /** Failed runs, newest first, with their failed tasks. */
  public List<PipelineRun> failures(RunFilter filter) {
    return runs(filter.withStates(java.util.Set.of(RunState.FAILED)));
  }

  /** Per pipeline (by source, then name): success rate, duration trend, usual duration. */
  public List<PipelineStats> stats(RunFilter filter) {
    Map<List<String>, List<PipelineRun>> byPipeline =
        runs(filter).stream()
            .collect(
                Collectors.groupingBy(
                    r -> List.of(r.source(), r.pipeline()),
                    () ->
                        new TreeMap<>(
                            Comparator.comparing((List<String> k) -> k.get(0))
                                .thenComparing(k -> k.get(1))),
                    Collectors.toList()));
    return byPipeline.entrySet().stream()
        .map(e -> PipelineStats.of(e.getKey().get(0), e.getKey().get(1), e.getValue(), at))
        .toList();
  }

  public Optional<SourceStatus> source(String sourceId) {
    return sources.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst();
  }

  /**
   * Whether the source that reported this run is live; a run of an unknown source counts as live.
   */
  public boolean isLive(PipelineRun run) {
    return source(run.source()).map(SourceStatus::live).orElse(true);
  }

  /** Runs by state, for a health tile: how many failed, are running, succeeded... */
  public Map<RunState, Long> countByState(RunFilter filter) {
    return runs(filter).stream()
        .collect(
            Collectors.groupingBy(
                PipelineRun::state,
                () -> new java.util.EnumMap<>(RunState.class),
                Collectors.counting()));
  }
}
