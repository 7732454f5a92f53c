package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelineRow;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wall's pipelines board: whether anything failed in the last 24 hours, then the pipelines that
 * failed (most failures first), the sources that stopped answering and the runs taking longer than
 * usual, each with the age of its source's data; room left shows the runs going as usual and the
 * latest successes.
 */
public final class PipelinesBoard {
  private PipelinesBoard() {}

  public static WallBoard of(PipelinesViewModel model, Clock clock) {
    return new WallBoard("pipelines-board", clock, model.state(), PipelinesBoard::picture);
  }

  static Picture picture(PipelinesState state) {
    if (!state.loaded()) {
      return new Picture(
          "Reading pipeline runs…",
          Tone.NEUTRAL,
          List.of(),
          "",
          now -> WallDataAge.of(state.sources(), now));
    }
    if (state.sources().isEmpty()) {
      return new Picture(
          "No pipeline sources",
          Tone.NEUTRAL,
          List.of(),
          "Airflow, Kubeflow Pipelines and Argo are added in Connections",
          now -> WallDataAge.of(state.sources(), now));
    }
    List<Item> failed = failed(state);
    List<Item> troubled = troubled(state);
    List<Item> late = late(state);
    List<Item> items = new ArrayList<>(failed);
    items.addAll(troubled);
    items.addAll(late);
    // room left on the board shows what is going well: a calm wall is not an empty one
    calm(state).stream().limit(Math.max(0, WallBoard.SHOWN - items.size())).forEach(items::add);
    long failures = state.counts().getOrDefault(RunState.FAILED, 0L);
    String headline;
    Tone tone;
    if (failures > 0) {
      headline = failures + (failures == 1 ? " run" : " runs") + " failed in 24 h";
      tone = Tone.CRITICAL;
    } else if (!troubled.isEmpty()) {
      headline = troubled.size() + (troubled.size() == 1 ? " source" : " sources") + " not live";
      tone = troubled.getFirst().tone();
    } else if (!late.isEmpty()) {
      headline = late.size() + (late.size() == 1 ? " run" : " runs") + " running late";
      tone = Tone.WARNING;
    } else {
      headline = "No failed runs in 24 h";
      tone = Tone.CALM;
    }
    return new Picture(
        headline, tone, items, state.summary(), now -> WallDataAge.of(state.sources(), now));
  }

  /** One tile per pipeline that failed: most failures first, then the latest failure first. */
  private static List<Item> failed(PipelinesState state) {
    Map<PipelineId, List<PipelineRun>> byPipeline = new LinkedHashMap<>();
    for (PipelineRun run : state.failures()) { // newest first
      byPipeline.computeIfAbsent(PipelineId.of(run), id -> new ArrayList<>()).add(run);
    }
    return byPipeline.values().stream()
        .sorted(Comparator.comparingInt((List<PipelineRun> runs) -> runs.size()).reversed())
        .map(runs -> failedItem(state, runs))
        .toList();
  }

  private static Item failedItem(PipelinesState state, List<PipelineRun> runs) {
    PipelineRun latest = runs.getFirst();
    Instant at = latest.end().or(latest::start).orElse(state.at());
    String task = latest.failedTasks().stream().findFirst().map(FailedTask::name).orElse("");
    return new Item(
        latest.pipeline(),
        runs.size() == 1 ? "failed" : runs.size() + " failed",
        (task.isEmpty() ? "failed " : "failed at " + task + " ")
            + WallBoard.span(Duration.between(at, state.at()))
            + " ago · "
            + sourceName(state, latest.source()),
        Tone.CRITICAL,
        now -> sourceAge(state, latest.source(), now));
  }

  /** Sources that went stale or fail: their runs may be failing unseen. */
  private static List<Item> troubled(PipelinesState state) {
    return state.troubled().stream()
        .sorted(Comparator.comparing(s -> s.state() == SourceState.STALE))
        .map(
            s ->
                new Item(
                    s.displayName(),
                    s.state() == SourceState.FAILED ? "failing" : "stale",
                    s.message().orElse("no answer"),
                    s.state() == SourceState.FAILED ? Tone.CRITICAL : Tone.WARNING,
                    now -> WallDataAge.of(List.of(s), now)))
        .toList();
  }

  /** Runs still going past their pipeline's usual duration, the furthest over first. */
  private static List<Item> late(PipelinesState state) {
    record Late(PipelineRow row, PipelineRun run, Duration elapsed, Duration usual) {}
    List<Late> late = new ArrayList<>();
    for (PipelineRow row : state.pipelines()) {
      Optional<PipelineRun> latest = row.latest().filter(r -> r.state() == RunState.RUNNING);
      if (latest.isPresent() && row.usual().isPresent()) {
        if (isLate(latest.get(), row.usual().get(), state.at())) {
          Duration elapsed = latest.get().elapsed(state.at()).orElse(Duration.ZERO);
          late.add(new Late(row, latest.get(), elapsed, row.usual().get()));
        }
      }
    }
    return late.stream()
        .sorted(
            Comparator.comparingDouble(
                (Late l) -> -(double) l.elapsed().toSeconds() / Math.max(1, l.usual().toSeconds())))
        .map(
            l ->
                new Item(
                    l.run().pipeline(),
                    WallBoard.span(l.elapsed()),
                    "running, usually done in "
                        + WallBoard.span(l.usual())
                        + " · "
                        + l.row().sourceName(),
                    Tone.WARNING,
                    now -> sourceAge(state, l.run().source(), now)))
        .toList();
  }

  /** Runs going as usual, then the pipelines whose latest run succeeded, the latest first. */
  private static List<Item> calm(PipelinesState state) {
    List<Item> calm = new ArrayList<>();
    for (PipelineRow row : state.pipelines()) {
      row.latest()
          .filter(r -> r.state() == RunState.RUNNING)
          .filter(r -> row.usual().isEmpty() || !isLate(r, row.usual().get(), state.at()))
          .ifPresent(
              run ->
                  calm.add(
                      new Item(
                          run.pipeline(),
                          WallBoard.span(run.elapsed(state.at()).orElse(Duration.ZERO)),
                          "running"
                              + row.usual()
                                  .map(u -> ", usually done in " + WallBoard.span(u))
                                  .orElse("")
                              + " · "
                              + row.sourceName(),
                          Tone.INFO,
                          now -> sourceAge(state, run.source(), now))));
    }
    state.pipelines().stream()
        .filter(row -> row.latest().filter(r -> r.state() == RunState.SUCCEEDED).isPresent())
        .sorted(
            Comparator.comparing(
                    (PipelineRow row) ->
                        row.latest().flatMap(PipelineRun::end).orElse(Instant.EPOCH))
                .reversed())
        .forEach(row -> calm.add(succeeded(state, row)));
    return calm;
  }

  private static Item succeeded(PipelinesState state, PipelineRow row) {
    PipelineRun latest = row.latest().orElseThrow();
    Instant end = latest.end().orElse(state.at());
    return new Item(
        row.id().pipeline(),
        row.window().successRate().map(Units::percent).orElse("—"),
        "succeeded "
            + WallBoard.span(Duration.between(end, state.at()))
            + " ago · "
            + row.window().succeeded()
            + " of "
            + (row.window().succeeded() + row.window().failed())
            + " finished runs in 24 h succeeded · "
            + row.sourceName(),
        Tone.CALM,
        now -> sourceAge(state, latest.source(), now));
  }

  private static boolean isLate(PipelineRun run, Duration usual, Instant now) {
    return run.elapsed(now).orElse(Duration.ZERO).compareTo(usual) > 0;
  }

  private static WallDataAge sourceAge(PipelinesState state, String sourceId, Instant now) {
    return WallDataAge.of(source(state, sourceId).stream().toList(), now);
  }

  private static String sourceName(PipelinesState state, String sourceId) {
    return source(state, sourceId).map(SourceStatus::displayName).orElse(sourceId);
  }

  private static Optional<SourceStatus> source(PipelinesState state, String sourceId) {
    return state.sources().stream().filter(s -> s.sourceId().equals(sourceId)).findFirst();
  }
}
