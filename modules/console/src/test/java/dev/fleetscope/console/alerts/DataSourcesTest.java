package dev.fleetscope.console.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.InputKind;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sources each kind of alert was judged from. */
class DataSourcesTest {
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void fleetAlertsStandOnTheFleetsSourcesAndRunsOnTheRest() {
    SourceStatus prometheus = live("prom", "Demo Prometheus");
    SourceStatus airflow = live("airflow", "Demo Airflow");
    AlertInputs inputs =
        AlertInputs.none()
            .withFleet(new FleetSnapshot(NOW, List.of(), Map.of(), List.of(prometheus)))
            .withSources(List.of(prometheus, airflow));

    DataSources sources = DataSources.of(inputs, NOW);

    assertEquals(List.of(prometheus), sources.byInput().get(InputKind.FLEET));
    assertEquals(List.of(prometheus), sources.byInput().get(InputKind.THROTTLING));
    assertEquals(List.of(airflow), sources.byInput().get(InputKind.RUNS));
    assertEquals(List.of(prometheus, airflow), sources.byInput().get(InputKind.SOURCES));
  }

  @Test
  void theBillIsAsOldAsTheEndOfItsNewestDayNeverNewerThanNow() {
    AlertInputs inputs =
        AlertInputs.none()
            .withCost(
                List.of(day(LocalDate.parse("2026-12-04")), day(LocalDate.parse("2026-12-03"))));
    assertEquals(
        Optional.of(Instant.parse("2026-12-05T00:00:00Z")),
        DataSources.of(inputs, NOW).byInput().get(InputKind.COST).getFirst().lastSuccess());

    AlertInputs today = AlertInputs.none().withCost(List.of(day(LocalDate.parse("2026-12-06"))));
    assertEquals(
        Optional.of(NOW),
        DataSources.of(today, NOW).byInput().get(InputKind.COST).getFirst().lastSuccess());
  }

  @Test
  void groupsNotGivenYetAreUnknown() {
    assertEquals(Map.of(), DataSources.of(AlertInputs.none(), NOW).byInput());
  }

  private static CostVsForecast day(LocalDate day) {
    return new CostVsForecast("all", "all", Placement.NONE, day, 120, 100, "USD");
  }

  private static SourceStatus live(String id, String name) {
    return new SourceStatus(
        id, name, SourceState.LIVE, Optional.of(NOW), Optional.empty(), Optional.empty());
  }
}
