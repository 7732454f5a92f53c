package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.pipelines.live.RunFilter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Overview's pipeline tile: runs of the last 24 hours by state across all sources, the failures
 * named, and how many sources report live.
 *
 * @param failures {@code features_nightly: build_user_features}, newest first
 */
public record PipelineHealth(
    boolean loaded,
    Map<RunState, Long> counts,
    List<String> failures,
    int sources,
    int liveSources) {
  public static final Duration WINDOW = Duration.ofHours(24);
  public static final PipelineHealth LOADING = new PipelineHealth(false, Map.of(), List.of(), 0, 0);

  public PipelineHealth {
    counts = Map.copyOf(counts);
    failures = List.copyOf(failures);
  }

  public static PipelineHealth of(PipelineBoard board) {
    RunFilter lastDay = RunFilter.since(board.at().minus(WINDOW));
    Map<RunState, Long> counts = new EnumMap<>(RunState.class);
    counts.putAll(board.countByState(lastDay));
    List<String> failures = board.failures(lastDay).stream().map(PipelineHealth::failure).toList();
    return new PipelineHealth(
        true,
        counts,
        failures,
        board.sources().size(),
        (int) board.sources().stream().filter(SourceStatus::live).count());
  }

  private static String failure(PipelineRun run) {
    return run.pipeline()
        + run.failedTasks().stream().findFirst().map(t -> ": " + t.name()).orElse("");
  }

  public long count(RunState state) {
    return counts.getOrDefault(state, 0L);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
