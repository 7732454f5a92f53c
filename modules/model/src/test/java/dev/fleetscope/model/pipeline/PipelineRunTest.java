package dev.fleetscope.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineRunTest {
  private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

  private static PipelineRun run(RunState state, Optional<Instant> start, Optional<Instant> end) {
    return new PipelineRun(
        "airflow-prod",
        "features_nightly",
        "scheduled__1",
        Trigger.SCHEDULED,
        state,
        start,
        end,
        List.of(),
        Optional.empty());
  }

  @Test
  void finishedRunHasDurationFromStartToEnd() {
    PipelineRun run =
        run(RunState.SUCCEEDED, Optional.of(START), Optional.of(START.plusSeconds(5_400)));
    assertEquals(Optional.of(Duration.ofMinutes(90)), run.duration());
    assertEquals(Optional.of(Duration.ofMinutes(90)), run.elapsed(START.plusSeconds(99_999)));
  }

  @Test
  void runningRunHasNoDurationButAnElapsedTime() {
    PipelineRun run = run(RunState.RUNNING, Optional.of(START), Optional.empty());
    assertEquals(Optional.empty(), run.duration());
    assertEquals(Optional.of(Duration.ofMinutes(10)), run.elapsed(START.plusSeconds(600)));
  }

  @Test
  void rejectsRunEndingBeforeItStarts() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> run(RunState.FAILED, Optional.of(START), Optional.of(START.minusSeconds(1))));
    assertTrue(e.getMessage().contains("scheduled__1 of features_nightly"), e.getMessage());
  }

  @Test
  void statesParseFromTheirLowerCaseIdsAndNameTheKnownOnesOtherwise() {
    assertEquals(RunState.FAILED, RunState.ofId("failed"));
    assertEquals(RunState.CANCELED, RunState.ofId("CANCELED"));
    var e = assertThrows(IllegalArgumentException.class, () -> RunState.ofId("broken"));
    assertTrue(
        e.getMessage()
            .contains("queued, running, succeeded, failed, skipped, canceled, paused, unknown"),
        e.getMessage());
  }

  @Test
  void onlyEndStatesAreFinished() {
    assertTrue(RunState.SUCCEEDED.finished());
    assertTrue(RunState.CANCELED.finished());
    assertFalse(RunState.PAUSED.finished());
    assertFalse(RunState.UNKNOWN.finished());
  }
}
