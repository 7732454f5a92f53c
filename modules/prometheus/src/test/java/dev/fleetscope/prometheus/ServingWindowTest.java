package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServingWindowTest {
  private static final Instant END = Instant.parse("2026-11-24T10:00:00.750Z");

  @Test
  void samplesGaugesAtTheFinestStepThatKeepsAWindowUnder360Points() {
    assertEquals(Duration.ofMinutes(1), ServingWindow.ending(END, Duration.ofHours(1)).gaugeStep());
    assertEquals(Duration.ofMinutes(1), ServingWindow.ending(END, Duration.ofHours(6)).gaugeStep());
    assertEquals(
        Duration.ofMinutes(5), ServingWindow.ending(END, Duration.ofHours(24)).gaugeStep());
    assertEquals(Duration.ofHours(1), ServingWindow.ending(END, Duration.ofDays(14)).gaugeStep());
    assertEquals(288, ServingWindow.ending(END, Duration.ofHours(24)).gaugePoints());
  }

  @Test
  void endsOnAWholeSecondSoEveryWindowHoldsTheSameNumberOfPoints() {
    assertEquals(
        Instant.parse("2026-11-24T10:00:00Z"),
        ServingWindow.ending(END, Duration.ofHours(1)).end());
  }

  @Test
  void refusesWindowsThatAreNotWholeMinutes() {
    assertThrows(
        IllegalArgumentException.class, () -> ServingWindow.ending(END, Duration.ofSeconds(90)));
    assertThrows(IllegalArgumentException.class, () -> ServingWindow.ending(END, Duration.ZERO));
  }
}
