package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.pipelines.live.PipelineStats;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One pipeline's line in the pipelines table: its runs and success rate in the window, its usual
 * duration (p95 of its last 20 succeeded runs, whatever the window) and its latest run.
 */
public record PipelineRow(
    PipelineId id,
    String sourceName,
    boolean live,
    PipelineStats window,
    Optional<Duration> usual) {

  /** The rows of the pipelines the filter lets through, whatever the state filter says. */
  public static List<PipelineRow> of(PipelineBoard board, PipelineFilter filter) {
    List<PipelineStats> all = board.stats(filter.everRun());
    List<PipelineStats> inWindow = board.stats(filter.anyState(board.at()));
    return all.stream()
        .map(
            history -> {
              PipelineId id = new PipelineId(history.source(), history.pipeline());
              PipelineStats window =
                  inWindow.stream()
                      .filter(s -> id.equals(new PipelineId(s.source(), s.pipeline())))
                      .findFirst()
                      .orElse(PipelineStats.of(id.source(), id.pipeline(), List.of(), board.at()));
              return new PipelineRow(
                  id,
                  TimelineLane.sourceName(board, id.source()),
                  board.source(id.source()).map(SourceStatus::live).orElse(true),
                  window,
                  history.usual());
            })
        .toList();
  }

  public Optional<PipelineRun> latest() {
    return window.latest();
  }
}
