package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WallDataAgeTest {
  private static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");

  @Test
  void liveSourcesGiveTheAgeOfTheOldestAnswer() {
    WallDataAge age =
        WallDataAge.of(
            List.of(source("Fleet", SourceState.LIVE, 5), source("Airflow", SourceState.LIVE, 40)),
            NOW);

    assertEquals(new WallDataAge("data 40 s ago", DataAge.FRESH), age);
  }

  @Test
  void aStaleSourceTurnsItAmberAndAFailingOneRedNamingIt() {
    SourceStatus live = source("Fleet", SourceState.LIVE, 5);
    SourceStatus stale = source("Airflow", SourceState.STALE, 240);
    SourceStatus failing = source("Argo", SourceState.FAILED, 600);

    assertEquals(
        new WallDataAge("data 4 min ago · Airflow stale", DataAge.AMBER),
        WallDataAge.of(List.of(live, stale), NOW));
    assertEquals(
        new WallDataAge("data 10 min ago · Argo failing", DataAge.RED),
        WallDataAge.of(List.of(live, stale, failing), NOW));
  }

  @Test
  void neverBlank() {
    assertEquals(
        new WallDataAge("no data yet · Fleet connecting", DataAge.AMBER),
        WallDataAge.of(List.of(SourceStatus.connecting("fleet", "Fleet")), NOW));
    assertEquals(new WallDataAge("no sources", DataAge.AMBER), WallDataAge.of(List.of(), NOW));
  }

  private static SourceStatus source(String name, SourceState state, long secondsAgo) {
    return new SourceStatus(
        name.toLowerCase(),
        name,
        state,
        Optional.of(NOW.minus(Duration.ofSeconds(secondsAgo))),
        Optional.empty(),
        Optional.empty());
  }
}
