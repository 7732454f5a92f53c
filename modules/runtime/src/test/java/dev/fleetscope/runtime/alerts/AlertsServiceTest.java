package dev.fleetscope.runtime.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AlertsServiceTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final List<AlertState> delivered = new ArrayList<>();

  private AlertsService service(List<AlertRule> rules) {
    return new AlertsService(rules, clock, delivered::add);
  }

  @Test
  void anOomKillFiresOnceAndResolvesWhenItLeavesTheDay() {
    AlertsService alerts = service(List.of(DefaultRules.of(RuleKind.OOM_KILLS)));
    Instant kill = T0.minus(Duration.ofHours(1));
    alerts.fleet(SmallFleet.at(T0, List.of(), kill));

    AlertState first = alerts.evaluate();
    assertEquals(1, first.fired().size());
    Alert alert = first.fired().getFirst();
    assertEquals("prod/ml/ranker/server", alert.subject().name());
    assertEquals(kill, alert.since());
    assertEquals("utilization", alert.link().view());

    clock.advance(Duration.ofMinutes(1));
    AlertState again = alerts.evaluate();
    assertTrue(again.fired().isEmpty(), "deduplicated: it fired already");
    assertEquals(1, again.firing().size());

    clock.advance(Duration.ofHours(24));
    alerts.fleet(SmallFleet.at(clock.instant(), List.of(), kill));
    AlertState later = alerts.evaluate();
    assertTrue(later.firing().isEmpty());
    assertEquals(List.of(alert.key()), later.resolved().stream().map(Alert::key).toList());
    assertEquals(3, delivered.size(), "every evaluation reaches the delivery");
  }

  @Test
  void aFailedRunIsJudgedWhereItsPodsRun() {
    AlertRule prodOnly =
        DefaultRules.of(RuleKind.PIPELINE_FAILED)
            .withScope(new Scope(List.of("prod"), List.of(), List.of("search"), List.of()));
    AlertRule labOnly =
        new AlertRule(
            "failed-in-lab",
            RuleKind.PIPELINE_FAILED,
            true,
            1,
            Duration.ZERO,
            dev.fleetscope.model.Severity.CRITICAL,
            new Scope(List.of("lab"), List.of(), List.of(), List.of()));
    AlertsService alerts = service(List.of(prodOnly, labOnly));
    alerts.fleet(SmallFleet.at(T0, List.of()));
    PipelineRun failed =
        new PipelineRun(
            "demo-airflow",
            "train_ranker",
            "run-7",
            Trigger.SCHEDULED,
            RunState.FAILED,
            Optional.of(T0.minus(Duration.ofHours(2))),
            Optional.of(T0.minus(Duration.ofHours(1))),
            List.of(new FailedTask("train", "exit code 137")),
            Optional.empty());
    WorkloadPlacement inMl =
        new WorkloadPlacement("demo-airflow", "train_ranker", Optional.empty(), "ml", Map.of());
    alerts.pipelines(new PipelineBoard(T0, List.of(failed), List.of()), List.of(inMl));

    AlertState state = alerts.evaluate();

    assertEquals(List.of("pipeline-failed"), state.firing().stream().map(Alert::ruleId).toList());
    assertEquals("demo-airflow/run-7", state.firing().getFirst().link().row());
  }

  @Test
  void aFailingSourceFiresOnlyAfterItsRuleDuration() {
    AlertsService alerts = service(List.of(DefaultRules.of(RuleKind.SOURCE_UNHEALTHY)));
    SourceStatus failing =
        new SourceStatus(
            "prom",
            "Prometheus prod",
            SourceState.FAILED,
            Optional.of(T0),
            Optional.of("connection refused"),
            Optional.empty());
    clock.advance(Duration.ofMinutes(6));
    alerts.fleet(SmallFleet.at(clock.instant(), List.of(failing)));

    AlertState state = alerts.evaluate();
    assertTrue(state.firing().isEmpty(), "silent for 6 minutes, but above 5 only for one: pending");
    assertEquals(1, state.pending().size());

    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, alerts.evaluate().fired().size());
  }

  /**
   * A drift scan arrives once, long after the console starts: it is judged when it comes, not a
   * whole period later (the Overview listed a drifting model 15 s after its scan).
   */
  @Test
  void aDriftScanIsJudgedWhenItArrivesNotAtTheNextTick() throws Exception {
    BlockingQueue<AlertState> states = new LinkedBlockingQueue<>();
    try (AlertsService alerts = service(List.of(DefaultRules.of(RuleKind.DATASET_DRIFT)))) {
      alerts.subscribe(states::add);
      alerts.start(Duration.ofHours(1));
      assertTrue(
          states.poll(10, TimeUnit.SECONDS).firing().isEmpty(), "judged at once, no scan yet");

      alerts.drift(List.of(drifting("ranker")));

      AlertState judged = states.poll(10, TimeUnit.SECONDS);
      assertNotNull(judged, "judged within seconds of the scan, not an hour later");
      assertEquals(
          List.of("ranker"), judged.firing().stream().map(a -> a.subject().name()).toList());

      alerts.drift(
          List.of(drifting("ranker"))); // the same scan again, as the Drift view repeats it
      assertNull(states.poll(1, TimeUnit.SECONDS), "nothing new to judge before the next tick");
    }
  }

  private static DriftResult drifting(String model) {
    return new DriftResult(
        model,
        List.of(
            new ColumnDrift("basket_size", "Wasserstein", 0.31, 0.1, true),
            new ColumnDrift("country", "chi-squared", 0.01, 0.05, false)),
        new TimeWindow(T0.minus(Duration.ofDays(30)), T0.minus(Duration.ofDays(23))),
        new TimeWindow(T0.minus(Duration.ofDays(1)), T0),
        Placement.ofModel(model));
  }

  @Test
  void groupsNotHandedInAreUnknownNotEmpty() {
    AlertsService alerts = service(DefaultRules.all());
    assertFalse(alerts.inputs().knows(dev.fleetscope.alerts.input.InputKind.DRIFT));
    alerts.drift(List.of());
    assertTrue(alerts.inputs().knows(dev.fleetscope.alerts.input.InputKind.DRIFT));
    assertFalse(alerts.inputs().knows(dev.fleetscope.alerts.input.InputKind.RUNS));
  }
}
