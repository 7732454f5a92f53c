package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineBoard;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the Pipelines view draws for one board and filter, computed off the FX thread.
 *
 * @param counts runs in the window by state, whatever the state filter (the legend shows what each
 *     state would add)
 * @param sources every source, for the source filter, with its health
 * @param pipelineNames the pipelines of the chosen sources, for the pipeline filter
 * @param troubled sources that are stale or failed: their runs are kept and marked, with the reason
 */
public record PipelinesState(
    Instant at,
    boolean loaded,
    PipelineFilter filter,
    List<TimelineLane> lanes,
    List<PipelineRun> failures,
    List<PipelineRow> pipelines,
    Map<RunState, Long> counts,
    List<SourceStatus> sources,
    List<String> pipelineNames,
    List<SourceStatus> troubled) {

  public static final PipelinesState EMPTY =
      new PipelinesState(
          Instant.EPOCH,
          false,
          PipelineFilter.LAST_DAY,
          List.of(),
          List.of(),
          List.of(),
          Map.of(),
          List.of(),
          List.of(),
          List.of());

  public PipelinesState {
    lanes = List.copyOf(lanes);
    failures = List.copyOf(failures);
    pipelines = List.copyOf(pipelines);
    counts = Map.copyOf(counts);
    sources = List.copyOf(sources);
    pipelineNames = List.copyOf(pipelineNames);
    troubled = List.copyOf(troubled);
  }

  public static PipelinesState of(PipelineBoard board, PipelineFilter filter) {
    Instant now = board.at();
    Map<RunState, Long> counts = new EnumMap<>(RunState.class);
    counts.putAll(board.countByState(filter.anyState(now)));
    List<String> names =
        board.runs(filter.withPipelines(Set.of()).everRun()).stream()
            .map(PipelineRun::pipeline)
            .distinct()
            .sorted()
            .toList();
    List<SourceStatus> troubled =
        board.sources().stream()
            .filter(s -> s.state() == SourceState.STALE || s.state() == SourceState.FAILED)
            .toList();
    return new PipelinesState(
        now,
        true,
        filter,
        TimelineLane.of(board, filter),
        board.failures(filter.anyState(now)),
        PipelineRow.of(board, filter),
        counts,
        board.sources(),
        names,
        troubled);
  }

  /** Runs drawn on the timeline. */
  public int shownRuns() {
    return lanes.stream().mapToInt(l -> l.bars().size()).sum();
  }

  /** {@code 41 runs in the last 24 h · 2 failed · 1 running}. */
  public String summary() {
    if (!loaded) {
      return "loading pipeline runs…";
    }
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder text =
        new StringBuilder()
            .append(all)
            .append(all == 1 ? " run" : " runs")
            .append(" in the last ")
            .append(filter.windowText());
    for (RunState state : List.of(RunState.FAILED, RunState.RUNNING, RunState.QUEUED)) {
      long n = counts.getOrDefault(state, 0L);
      if (n > 0) {
        text.append(" · ").append(n).append(' ').append(state.id());
      }
    }
    if (!filter.states().isEmpty()) {
      text.append(" · ").append(shownRuns()).append(" shown");
    }
    return text.toString();
  }
}
