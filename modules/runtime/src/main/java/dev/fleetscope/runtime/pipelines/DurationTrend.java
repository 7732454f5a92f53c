package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.pipelines.live.PipelineStats;
import dev.fleetscope.pipelines.live.RunFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How long one pipeline's last finished runs took, oldest first, against its usual duration: by
 * runs rather than by the window, so that a weekly pipeline has a trend too.
 */
public record DurationTrend(PipelineId pipeline, List<Point> points, Optional<Duration> usual) {
  public static final int RUNS = 30;

  /** A finished run: when it started, how long it took, whether it succeeded. */
  public record Point(Instant start, Duration took, RunState state) {}

  public DurationTrend {
    points = List.copyOf(points);
  }

  public static DurationTrend of(PipelineBoard board, PipelineId id) {
    List<PipelineRun> runs =
        board.runs(
            new RunFilter(Set.of(id.source()), Set.of(id.pipeline()), Set.of(), Instant.MIN));
    List<Point> points =
        runs.stream()
            .filter(r -> r.state() == RunState.SUCCEEDED || r.state() == RunState.FAILED)
            .filter(r -> r.duration().isPresent())
            .sorted(Comparator.comparing((PipelineRun r) -> r.start().orElseThrow()))
            .map(r -> new Point(r.start().orElseThrow(), r.duration().orElseThrow(), r.state()))
            .toList();
    Optional<Duration> usual =
        PipelineStats.of(id.source(), id.pipeline(), runs, board.at()).usual();
    return new DurationTrend(
        id, points.subList(Math.max(0, points.size() - RUNS), points.size()), usual);
  }
}
