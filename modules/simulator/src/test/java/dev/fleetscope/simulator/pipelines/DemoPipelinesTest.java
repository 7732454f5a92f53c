package dev.fleetscope.simulator.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPipelinesTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:10:00Z"); // a Monday

  private static List<PipelineRun> of(List<PipelineRun> runs, String pipeline) {
    return runs.stream().filter(r -> r.pipeline().equals(pipeline)).toList();
  }

  @Test
  void sameSeedAndInstantGiveTheSameRuns() {
    assertEquals(DemoPipelines.runsAt(42, NOW), DemoPipelines.runsAt(42, NOW));
    assertNotEquals(DemoPipelines.runsAt(42, NOW), DemoPipelines.runsAt(43, NOW));
  }

  @Test
  void threeFlavouredSourcesWithFiveWeeksOfHistory() {
    List<PipelineRun> runs = DemoPipelines.runsAt(42, NOW);
    assertEquals(
        Set.of("demo-airflow", "demo-kfp", "demo-argo"),
        runs.stream().map(PipelineRun::source).collect(Collectors.toSet()));
    // daily at 02:00 over 35 days up to Monday 09:10: 35 runs; hourly at :05: 35 * 24 = 840
    assertEquals(35, of(runs, "features_nightly").size());
    assertEquals(840, of(runs, "ingest_events").size());
    assertEquals(5, of(runs, "churn-retrain").size()); // weekly on Sundays
    assertTrue(
        of(runs, "features_nightly").stream()
            .allMatch(r -> r.runId().startsWith("scheduled__2026-")));
  }

  @Test
  void weeklyRetrainingFailsNowAndThenAndHasASlowRun() {
    for (long seed : new long[] {1, 42, 2026}) {
      List<PipelineRun> retrains = of(DemoPipelines.runsAt(seed, NOW), "churn-retrain");
      assertTrue(
          retrains.stream()
              .anyMatch(r -> r.state() == RunState.FAILED && !r.failedTasks().isEmpty()),
          "seed " + seed + " has a failed retraining");
      Duration longest =
          retrains.stream()
              .filter(r -> r.state() == RunState.SUCCEEDED)
              .map(r -> r.duration().orElseThrow())
              .max(Duration::compareTo)
              .orElseThrow();
      assertTrue(
          longest.compareTo(Duration.ofMinutes(150 * 2)) > 0,
          "seed "
              + seed
              + " has a slow retraining (over twice the typical 150 min), longest "
              + longest);
    }
  }

  @Test
  void aRunMovesFromQueuedToRunningToItsOutcomeAsTimePasses() {
    Instant scheduled = Instant.parse("2026-11-23T02:00:00Z");
    String runId = "scheduled__2026-11-23T02:00:00+00:00";
    DemoPipelineSource airflow = DemoPipelines.airflow(42, Clock.fixed(NOW, ZoneOffset.UTC));
    PipelineRun queued = find(airflow.runsAt(scheduled.plusSeconds(1)), runId);
    PipelineRun running = find(airflow.runsAt(scheduled.plusSeconds(120)), runId);
    PipelineRun done = find(airflow.runsAt(scheduled.plus(Duration.ofHours(3))), runId);

    assertEquals(RunState.QUEUED, queued.state());
    assertEquals(RunState.RUNNING, running.state());
    assertTrue(done.state() == RunState.SUCCEEDED || done.state() == RunState.FAILED);
    assertEquals(running.start(), done.start());
    assertEquals(Optional.empty(), running.end());
  }

  @Test
  void pollFollowsTheClock() {
    DemoPipelineSource argo = DemoPipelines.argo(7, Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(argo.runsAt(NOW), argo.poll());
  }

  private static PipelineRun find(List<PipelineRun> runs, String runId) {
    return runs.stream().filter(r -> r.runId().equals(runId)).findFirst().orElseThrow();
  }
}
