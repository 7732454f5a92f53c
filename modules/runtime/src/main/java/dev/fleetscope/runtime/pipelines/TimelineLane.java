package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.pipelines.live.RunFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the timeline: a pipeline of a source and its runs in the window. Every pipeline the
 * source and pipeline filters let through gets a lane, with or without runs, so that lanes do not
 * jump about as the state filter or the window changes; runs of a stale source stay, drawn as
 * stale.
 */
public record TimelineLane(
    String source, String sourceName, String pipeline, boolean live, List<TimelineBar> bars) {
  public TimelineLane {
    bars = List.copyOf(bars);
  }

  /** The lanes in source order (as the board lists its sources), then by pipeline name. */
  public static List<TimelineLane> of(PipelineBoard board, PipelineFilter filter) {
    Instant now = board.at();
    Instant windowStart = now.minus(filter.window());
    RunFilter shown = filter.timeline(now);
    Map<String, Integer> sourceOrder = new HashMap<>();
    board
        .sources()
        .forEach(status -> sourceOrder.putIfAbsent(status.sourceId(), sourceOrder.size()));
    Map<List<String>, List<TimelineBar>> bars = new LinkedHashMap<>();
    board.runs(filter.everRun()).stream()
        .map(r -> List.of(r.source(), r.pipeline()))
        .distinct()
        .sorted(
            Comparator.comparing(
                    (List<String> k) -> sourceOrder.getOrDefault(k.get(0), Integer.MAX_VALUE))
                .thenComparing(k -> k.get(1)))
        .forEach(k -> bars.put(k, new ArrayList<>()));
    for (PipelineRun run : board.runs(shown)) {
      String name = sourceName(board, run.source());
      bars.get(List.of(run.source(), run.pipeline()))
          .add(
              TimelineBar.of(
                  run, windowStart, now, RunText.summary(run, name, board.isLive(run), now)));
    }
    List<TimelineLane> result = new ArrayList<>();
    bars.forEach(
        (key, laneBars) ->
            result.add(
                new TimelineLane(
                    key.get(0),
                    sourceName(board, key.get(0)),
                    key.get(1),
                    board.source(key.get(0)).map(SourceStatus::live).orElse(true),
                    laneBars.stream()
                        .sorted(Comparator.comparingDouble(TimelineBar::from))
                        .toList())));
    return result;
  }

  public static String sourceName(PipelineBoard board, String sourceId) {
    return sourceNameIn(board.sources(), sourceId);
  }

  /** The source's display name, or its id when it is not (or no longer) listed. */
  public static String sourceNameIn(List<SourceStatus> sources, String sourceId) {
    return sources.stream()
        .filter(s -> s.sourceId().equals(sourceId))
        .findFirst()
        .map(SourceStatus::displayName)
        .orElse(sourceId);
  }
}
