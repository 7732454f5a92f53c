package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepGridTest {
  @Test
  void endsAtTheLastStepBoundaryAndHoldsTheWindowsSteps() {
    // 10:07:30 rounds down to 10:05; a one-hour window at 5 minutes is 12 points, 09:10 .. 10:05.
    StepGrid grid =
        StepGrid.ending(
            Instant.parse("2026-11-20T10:07:30Z"), Duration.ofHours(1), Duration.ofMinutes(5));

    assertEquals(Instant.parse("2026-11-20T09:10:00Z"), grid.first());
    assertEquals(Instant.parse("2026-11-20T10:05:00Z"), grid.last());
    assertEquals(12, grid.points());
    assertEquals(Duration.ofHours(1), grid.span());
  }

  @Test
  void findsThePointOfAnEvaluationTime() {
    StepGrid grid = new StepGrid(Instant.parse("2026-11-20T09:00:00Z"), Duration.ofMinutes(5), 12);

    assertEquals(0, grid.indexOf(Instant.parse("2026-11-20T09:00:00Z").toEpochMilli()));
    assertEquals(11, grid.indexOf(Instant.parse("2026-11-20T09:55:00Z").toEpochMilli()));
    assertEquals(-1, grid.indexOf(Instant.parse("2026-11-20T10:00:00Z").toEpochMilli()));
    assertEquals(-1, grid.indexOf(Instant.parse("2026-11-20T09:02:00Z").toEpochMilli()));
  }

  @Test
  void cutsIntoConsecutiveChunks() {
    StepGrid grid = new StepGrid(Instant.parse("2026-11-20T09:00:00Z"), Duration.ofMinutes(1), 5);

    assertEquals(
        List.of(
            new StepGrid(Instant.parse("2026-11-20T09:00:00Z"), Duration.ofMinutes(1), 2),
            new StepGrid(Instant.parse("2026-11-20T09:02:00Z"), Duration.ofMinutes(1), 2),
            new StepGrid(Instant.parse("2026-11-20T09:04:00Z"), Duration.ofMinutes(1), 1)),
        grid.chunks(2));
  }

  @Test
  void rejectsStepsThatAreNotWholeSeconds() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new StepGrid(Instant.EPOCH, Duration.ofMillis(1500), 3));
  }
}
