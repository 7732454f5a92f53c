package dev.fleetscope.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftPlanTest {
  static final Instant NOW = Instant.parse("2026-11-20T15:42:10Z");
  static final DemoInferenceLogs LOGS =
      DemoInferenceLogs.startingAt(1, Instant.parse("2026-11-20T15:00:30Z"));
  static final MonitoredModel.Demo RANKER =
      new MonitoredModel.Demo(
          "ranker-v9",
          List.of(new WorkloadRef("aws", "recsys", WorkloadKind.DEPLOYMENT, "ranker-api")));

  @Test
  void aDemoModelComparesTheLast24FullHoursAndFourteenDailyWindowsWithTheDaysBeforeTheHistory() {
    DriftPlan plan = DriftPlan.of(RANKER, NOW, LOGS);
    TimeWindow reference = TimeWindow.parse("2026-11-03T15:00Z/2026-11-06T15:00Z");
    assertEquals(
        new Comparison.Demo(
            LOGS, "ranker-v9", reference, TimeWindow.parse("2026-11-19T15:00Z/2026-11-20T15:00Z")),
        plan.current());
    assertEquals(14, plan.days().size());
    assertEquals(
        new Comparison.Demo(
            LOGS, "ranker-v9", reference, TimeWindow.parse("2026-11-06T15:00Z/2026-11-07T15:00Z")),
        plan.days().getFirst());
    assertEquals(plan.current(), plan.days().getLast());
  }

  @Test
  void theSamePlanHoldsForTheWholeHour() {
    assertEquals(
        DriftPlan.of(RANKER, NOW, LOGS),
        DriftPlan.of(RANKER, Instant.parse("2026-11-20T15:00:00Z"), LOGS));
    assertTrue(
        !DriftPlan.of(RANKER, NOW, LOGS)
            .equals(DriftPlan.of(RANKER, Instant.parse("2026-11-20T16:00:00Z"), LOGS)));
  }

  @Test
  void aLogsHistoryEndsWhereItsCurrentWindowEnds() {
    DriftSource.LogFile log =
        new DriftSource.LogFile(
            "churn",
            "/d/log.csv",
            "ts",
            "2026-10-01/2026-10-08",
            "2026-11-19/2026-11-20",
            List.of(),
            Map.of(),
            Map.of());
    DriftPlan plan = DriftPlan.of(new MonitoredModel.Configured(log), NOW, LOGS);
    TimeWindow reference = TimeWindow.parse("2026-10-01/2026-10-08");
    assertEquals(
        new Comparison.Log(log, reference, TimeWindow.parse("2026-11-19/2026-11-20")),
        plan.current());
    assertEquals(
        new Comparison.Log(log, reference, TimeWindow.parse("2026-11-06/2026-11-07")),
        plan.days().getFirst());
    assertEquals(plan.current(), plan.days().getLast());
  }

  @Test
  void aPairOfFilesHasNoDays() {
    DriftSource.FilePair pair =
        new DriftSource.FilePair("eval", "r.csv", "c.csv", List.of(), Map.of(), Map.of());
    DriftPlan plan = DriftPlan.of(new MonitoredModel.Configured(pair), NOW, LOGS);
    assertEquals(new Comparison.Pair(pair), plan.current());
    assertEquals(List.of(), plan.days());
  }

  @Test
  void aStoredWindowThatDoesNotParseIsNamed() {
    DriftSource.LogFile log =
        new DriftSource.LogFile(
            "churn",
            "/d/log.csv",
            "ts",
            "yesterday",
            "2026-11-19/2026-11-20",
            List.of(),
            Map.of(),
            Map.of());
    var e =
        assertThrows(
            DriftInputException.class,
            () -> DriftPlan.of(new MonitoredModel.Configured(log), NOW, LOGS));
    assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
  }
}
