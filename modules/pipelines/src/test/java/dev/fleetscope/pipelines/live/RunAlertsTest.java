package dev.fleetscope.pipelines.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunAlertsTest {
  static final Instant WATCHING = Instant.parse("2026-11-23T09:00:00Z");

  /**
   * Five daily runs of 40, 41, 42, 43, 44 min at 02:00 before the 23rd: usual (p95 of 5) = 44 min.
   */
  static List<PipelineRun> history() {
    List<PipelineRun> runs = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      runs.add(
          Runs.finished(
              "train",
              "d" + day,
              RunState.SUCCEEDED,
              Instant.parse("2026-11-18T02:00:00Z").plus(Duration.ofDays(day)),
              Duration.ofMinutes(40 + day)));
    }
    return runs;
  }

  @Test
  void aFailedRunIsAnnouncedOnceNotAtEveryPoll() {
    RunAlerts alerts = new RunAlerts(WATCHING, Duration.ZERO);
    List<PipelineRun> runs = new ArrayList<>(history());
    assertEquals(List.of(), alerts.check(runs, WATCHING));
    runs.add(
        Runs.finished(
            "train", "today", RunState.FAILED, WATCHING.plusSeconds(60), Duration.ofMinutes(3)));
    List<PipelineAlert> first = alerts.check(runs, WATCHING.plusSeconds(600));
    assertEquals(1, first.size());
    assertEquals("train failed (today): train — CUDA out of memory", first.getFirst().message());
    assertEquals(List.of(), alerts.check(runs, WATCHING.plusSeconds(660)));
  }

  @Test
  void failuresFromBeforeTheLookbackAreHistoryNotNews() {
    PipelineRun lastNight =
        Runs.finished(
            "train",
            "n",
            RunState.FAILED,
            Instant.parse("2026-11-23T02:00:00Z"),
            Duration.ofMinutes(30));
    assertEquals(
        List.of(),
        new RunAlerts(WATCHING, Duration.ofHours(1)).check(List.of(lastNight), WATCHING));
    assertEquals(
        1,
        new RunAlerts(WATCHING, Duration.ofHours(12)).check(List.of(lastNight), WATCHING).size());
  }

  @Test
  void aRunPastItsUsualDurationIsAnnouncedOnceWhenItCrossesIt() {
    RunAlerts alerts = new RunAlerts(WATCHING, Duration.ZERO);
    List<PipelineRun> runs = new ArrayList<>(history());
    Instant start = WATCHING.plusSeconds(60);
    runs.add(Runs.running("train", "today", start));
    assertEquals(
        List.of(), alerts.check(runs, start.plus(Duration.ofMinutes(44)))); // at, not past, 44 min
    List<PipelineAlert> overdue = alerts.check(runs, start.plus(Duration.ofMinutes(45)));
    assertEquals(1, overdue.size());
    PipelineAlert.RunOverdue alert =
        assertInstanceOf(PipelineAlert.RunOverdue.class, overdue.getFirst());
    assertEquals(Duration.ofMinutes(44), alert.usual());
    assertEquals(
        "train has been running for 45 min 00 s, past its usual 44 min 00 s (p95 of recent runs)",
        alert.message());
    assertEquals(List.of(), alerts.check(runs, start.plus(Duration.ofMinutes(90))));
  }

  @Test
  void aSlowRunThatFinishedBetweenPollsIsStillAnnounced() {
    RunAlerts alerts = new RunAlerts(WATCHING, Duration.ZERO);
    List<PipelineRun> runs = new ArrayList<>(history());
    runs.add(
        Runs.finished(
            "train", "slow", RunState.SUCCEEDED, WATCHING.plusSeconds(60), Duration.ofMinutes(95)));
    List<PipelineAlert> found = alerts.check(runs, WATCHING.plus(Duration.ofHours(2)));
    assertEquals(
        "train took 1 h 35 min, past its usual 44 min 00 s (p95 of recent runs)",
        found.getFirst().message());
  }

  @Test
  void withoutFiveEarlierSuccessesNoRunIsOverdue() {
    RunAlerts alerts = new RunAlerts(WATCHING, Duration.ZERO);
    List<PipelineRun> runs = new ArrayList<>(history().subList(0, 4));
    runs.add(Runs.running("train", "today", WATCHING));
    assertEquals(List.of(), alerts.check(runs, WATCHING.plus(Duration.ofHours(10))));
  }
}
