package dev.fleetscope.console.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
  @Test
  void aDayHasATickEveryThreeHoursOnTheHour() {
    Instant to = Instant.parse("2026-11-24T15:20:00Z");
    List<TimeAxis.Tick> ticks = TimeAxis.ticks(to.minusSeconds(86_400), to, ZoneOffset.UTC);
    assertEquals(
        List.of("18:00", "21:00", "00:00", "03:00", "06:00", "09:00", "12:00", "15:00"),
        ticks.stream().map(TimeAxis.Tick::label).toList());
    assertEquals(
        160.0 / 1440, ticks.getFirst().fraction(), 1e-9, "18:00 is 2 h 40 min into the window");
  }

  @Test
  void aWeekHasATickEveryLocalMidnight() {
    Instant to = Instant.parse("2026-11-24T15:20:00Z");
    List<TimeAxis.Tick> ticks =
        TimeAxis.ticks(to.minusSeconds(7 * 86_400), to, ZoneId.of("Europe/Berlin"));
    // Berlin is UTC+1 in November: the window runs from Tue 17 Nov 16:20 to Tue 24 Nov 16:20 local
    assertEquals(
        List.of(
            "Wed 18 Nov",
            "Thu 19 Nov",
            "Fri 20 Nov",
            "Sat 21 Nov",
            "Sun 22 Nov",
            "Mon 23 Nov",
            "Tue 24 Nov"),
        ticks.stream().map(TimeAxis.Tick::label).toList());
    assertEquals(
        (7 * 60 + 40) / (7 * 1440.0),
        ticks.getFirst().fraction(),
        1e-9,
        "midnight is 7 h 40 min in");
  }
}
