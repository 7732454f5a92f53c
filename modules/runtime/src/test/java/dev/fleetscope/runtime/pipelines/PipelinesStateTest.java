package dev.fleetscope.runtime.pipelines;

import static dev.fleetscope.runtime.pipelines.Boards.AIRFLOW_LIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelinesStateTest {
  private static final PipelineFilter WEEK =
      PipelineFilter.LAST_DAY.withWindow(PipelineFilter.WEEK);

  @Test
  void countsAndFailuresIgnoreTheStateFilter() {
    PipelinesState state =
        PipelinesState.of(Boards.sample(AIRFLOW_LIVE), WEEK.withStates(Set.of(RunState.RUNNING)));
    assertEquals(
        Map.of(
            RunState.SUCCEEDED, 2L, RunState.FAILED, 1L, RunState.RUNNING, 1L, RunState.QUEUED, 1L),
        state.counts());
    assertEquals(List.of("f-0"), state.failures().stream().map(r -> r.runId()).toList());
    assertEquals(1, state.shownRuns());
    assertEquals(
        "5 runs in the last 7 d · 1 failed · 1 running · 1 queued · 1 shown", state.summary());
  }

  @Test
  void theDaySeesOnlyItsRunsAndTheOpenOnes() {
    PipelinesState state = PipelinesState.of(Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY);
    // f-1 (6 h ago), i-1 running, r-1 queued; f-0 (2 d) and r-0 (3 d) are older
    assertEquals(3, state.shownRuns());
    assertEquals(List.of(), state.failures());
    assertEquals("3 runs in the last 24 h · 1 running · 1 queued", state.summary());
    assertEquals(List.of("features", "ingest", "retrain"), state.pipelineNames());
  }

  @Test
  void perPipelineRowsGiveSuccessRateInTheWindowAndUsualDurationOverAll() {
    PipelinesState state = PipelinesState.of(Boards.sample(AIRFLOW_LIVE), WEEK);
    PipelineRow features = state.pipelines().getFirst();
    assertEquals(new PipelineId("af", "features"), features.id());
    assertEquals(2, features.window().runs());
    assertEquals(Optional.of(0.5), features.window().successRate(), "1 succeeded of 2 decided");
    assertEquals(
        Optional.empty(), features.usual(), "one succeeded run is too few for a usual duration");
    assertEquals("Airflow prod", features.sourceName());
    PipelineRow day =
        PipelinesState.of(Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY)
            .pipelines()
            .getFirst();
    assertEquals(Optional.of(1.0), day.window().successRate(), "within 24 h only the success");
  }

  @Test
  void troubledSourcesAreListedWithTheirReason() {
    PipelinesState state =
        PipelinesState.of(
            Boards.sample(Boards.status("af", "Airflow prod", SourceState.STALE)), WEEK);
    assertEquals(List.of("af"), state.troubled().stream().map(s -> s.sourceId()).toList());
    assertEquals(
        Optional.of("Airflow prod: 503 Service Unavailable"),
        state.troubled().getFirst().message());
  }

  @Test
  void durationTrendKeepsTheLastThirtyFinishedRunsOldestFirst() {
    var runs = new java.util.ArrayList<dev.fleetscope.model.pipeline.PipelineRun>();
    for (int i = 0; i < 40; i++) { // hourly, 40..1 h ago, 10 min + i s; every 10th fails
      RunState state = i % 10 == 9 ? RunState.FAILED : RunState.SUCCEEDED;
      runs.add(
          Boards.finished(
              "af", "ingest", "i" + i, state, 40 - i, Duration.ofMinutes(10).plusSeconds(i)));
    }
    var board =
        new dev.fleetscope.pipelines.live.PipelineBoard(Boards.NOW, runs, List.of(AIRFLOW_LIVE));
    DurationTrend trend = DurationTrend.of(board, new PipelineId("af", "ingest"));
    assertEquals(30, trend.points().size());
    assertEquals(
        Duration.ofMinutes(10).plusSeconds(10),
        trend.points().getFirst().took(),
        "runs 10..39 are the last 30");
    assertEquals(RunState.FAILED, trend.points().get(9).state(), "run 19 failed");
    // usual: the last 20 succeeded are runs 17..38 without the failed 19 and 29; p95 (nearest rank)
    // of 20 values is
    // the 19th smallest: run 37, 10 min 37 s
    assertEquals(Optional.of(Duration.ofMinutes(10).plusSeconds(37)), trend.usual());
    assertTrue(trend.points().stream().allMatch(p -> p.start().isBefore(Boards.NOW)));
  }
}
