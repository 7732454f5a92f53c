package dev.fleetscope.console.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.console.BoardLines;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.runtime.pipelines.PipelineFilter;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the wall's pipelines board puts first, from a board of runs the test writes. */
class PipelinesBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void failedPipelinesComeFirstThenSourcesNotLiveThenRunsRunningLate() {
    List<PipelineRun> runs = new ArrayList<>();
    runs.add(failed("airflow", "features_nightly", "f1", 3, "build_user_features"));
    runs.add(failed("argo", "train_ranker", "t1", 2, "fit"));
    runs.add(failed("argo", "train_ranker", "t2", 6, "fit"));
    // etl usually takes 20 minutes and has been running for 50
    for (int day = 1; day <= 5; day++) {
      runs.add(
          run("airflow", "etl", "e" + day, RunState.SUCCEEDED, 24 * day, Duration.ofMinutes(20)));
    }
    runs.add(
        new PipelineRun(
            "airflow",
            "etl",
            "e0",
            Trigger.SCHEDULED,
            RunState.RUNNING,
            Optional.of(NOW.minus(Duration.ofMinutes(50))),
            Optional.empty(),
            List.of(),
            Optional.empty()));
    List<SourceStatus> sources =
        List.of(
            status("airflow", "Demo Airflow", SourceState.LIVE, Duration.ofSeconds(10)),
            status("argo", "Argo", SourceState.LIVE, Duration.ofSeconds(20)),
            status("kfp", "Kubeflow", SourceState.FAILED, Duration.ofMinutes(40)));

    Picture picture =
        PipelinesBoard.picture(
            PipelinesState.of(new PipelineBoard(NOW, runs, sources), PipelineFilter.LAST_DAY));

    assertEquals("3 runs failed in 24 h", picture.headline());
    assertEquals(Tone.CRITICAL, picture.tone());
    assertEquals(
        List.of(
            "train_ranker | 2 failed | CRITICAL",
            "features_nightly | failed | CRITICAL",
            "Kubeflow | failing | CRITICAL",
            "etl | 50 min | WARNING"),
        BoardLines.of(picture));
    Item train = picture.items().getFirst();
    assertEquals("failed at fit 2 h ago · Argo", train.caption());
    assertEquals("data 20 s ago", train.age().apply(NOW).text());
    assertEquals(
        "running, usually done in 20 min · Demo Airflow", picture.items().get(3).caption());
    Item kubeflow = picture.items().get(2);
    assertEquals(DataAge.RED, kubeflow.age().apply(NOW).level());
    assertEquals(
        DataAge.RED, picture.age().apply(NOW).level(), "the footer names the worst source");
  }

  @Test
  void withNothingWrongTheHeadlineSaysSoInGreen() {
    List<PipelineRun> runs =
        List.of(run("airflow", "etl", "e1", RunState.SUCCEEDED, 2, Duration.ofMinutes(20)));
    Picture picture =
        PipelinesBoard.picture(
            PipelinesState.of(
                new PipelineBoard(
                    NOW,
                    runs,
                    List.of(status("airflow", "Demo Airflow", SourceState.LIVE, Duration.ZERO))),
                PipelineFilter.LAST_DAY));
    assertEquals("No failed runs in 24 h", picture.headline());
    assertEquals(Tone.CALM, picture.tone());
    assertEquals("1 run in the last 24 h", picture.footnote());
    // a calm board is not an empty one: the latest successes fill it
    Item etl = picture.items().getFirst();
    assertEquals("etl | 100% | CALM", BoardLines.of(picture).getFirst());
    assertEquals(
        "succeeded 1 h 40 min ago · 1 of 1 finished runs in 24 h succeeded · Demo Airflow",
        etl.caption());
  }

  @Test
  void aWallWithoutPipelineSourcesSaysWhereTheyAreAdded() {
    Picture picture =
        PipelinesBoard.picture(
            PipelinesState.of(
                new PipelineBoard(NOW, List.of(), List.of()), PipelineFilter.LAST_DAY));
    assertEquals("No pipeline sources", picture.headline());
    assertEquals("no sources", picture.age().apply(NOW).text());
  }

  private static PipelineRun failed(
      String source, String pipeline, String id, int hoursAgo, String task) {
    return run(
        source,
        pipeline,
        id,
        RunState.FAILED,
        hoursAgo,
        Duration.ZERO,
        List.of(new FailedTask(task, "exit 1")));
  }

  private static PipelineRun run(
      String source, String pipeline, String id, RunState state, int hoursAgo, Duration took) {
    return run(source, pipeline, id, state, hoursAgo, took, List.of());
  }

  private static PipelineRun run(
      String source,
      String pipeline,
      String id,
      RunState state,
      int hoursAgo,
      Duration took,
      List<FailedTask> failedTasks) {
    Instant start = NOW.minus(Duration.ofHours(hoursAgo));
    return new PipelineRun(
        source,
        pipeline,
        id,
        Trigger.SCHEDULED,
        state,
        Optional.of(start),
        Optional.of(start.plus(took)),
        failedTasks,
        Optional.empty());
  }

  private static SourceStatus status(String id, String name, SourceState state, Duration quiet) {
    return new SourceStatus(
        id,
        name,
        state,
        Optional.of(NOW.minus(quiet)),
        state == SourceState.FAILED ? Optional.of("connection refused") : Optional.empty(),
        Optional.empty());
  }
}
