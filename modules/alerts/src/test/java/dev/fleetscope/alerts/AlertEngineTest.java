package dev.fleetscope.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.ThrottlingReading;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Severity;
import dev.fleetscope.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Firing after the duration, deduplication and resolution, on a clock the test moves. */
class AlertEngineTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final ContainerRef SERVER = Fleets.ref("prod", "ml", "ranker").container("server");
  static final ContainerRef WORKER = Fleets.ref("lab", "batch", "etl").container("worker");

  final MutableClock clock = new MutableClock(T0);

  static AlertRule throttling(String id, double threshold, Duration duration, Severity severity) {
    return new AlertRule(
        id, RuleKind.CPU_THROTTLING, true, threshold, duration, severity, Scope.ALL);
  }

  static AlertInputs throttled(ThrottlingReading... readings) {
    return AlertInputs.none().withThrottling(List.of(readings));
  }

  static ThrottlingReading reading(ContainerRef ref, double share) {
    return new ThrottlingReading(ref, share, Duration.ofMinutes(5));
  }

  AlertState step(AlertEngine engine, AlertInputs inputs, Duration advance) {
    clock.advance(advance);
    return engine.evaluate(inputs, clock.instant());
  }

  @Test
  void firesOnlyOnceTheConditionHasHeldForTheRuleDuration() {
    AlertEngine engine =
        new AlertEngine(
            List.of(throttling("throttled", 0.25, Duration.ofMinutes(15), Severity.WARNING)));
    AlertInputs hot = throttled(reading(SERVER, 0.40));

    AlertState first = step(engine, hot, Duration.ZERO);
    assertEquals(List.of(), first.firing());
    assertEquals(1, first.pending().size());
    assertEquals(T0, first.pending().getFirst().since());

    assertEquals(List.of(), step(engine, hot, Duration.ofMinutes(14)).firing());

    AlertState fired = step(engine, hot, Duration.ofMinutes(1));
    assertEquals(1, fired.firing().size());
    assertEquals(fired.firing(), fired.fired());
    Alert alert = fired.firing().getFirst();
    assertEquals(T0, alert.since());
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), alert.firingSince());
    assertEquals(0.40, alert.value(), 1e-9);
    assertEquals(0.25, alert.threshold());
    assertEquals(new AlertLink("utilization", "prod/ml/ranker/server"), alert.link());
    assertTrue(alert.summary().contains("40% of its CPU periods"), alert.summary());

    AlertState later = step(engine, throttled(reading(SERVER, 0.55)), Duration.ofMinutes(5));
    assertEquals(List.of(), later.fired(), "a firing alert is announced once");
    assertEquals(0.55, later.firing().getFirst().value(), 1e-9, "its value follows the inputs");
  }

  @Test
  void resolvesOnceWhenTheConditionStopsHolding() {
    AlertEngine engine =
        new AlertEngine(List.of(throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING)));
    step(engine, throttled(reading(SERVER, 0.30)), Duration.ZERO);

    AlertState cool = step(engine, throttled(reading(SERVER, 0.10)), Duration.ofMinutes(1));
    assertEquals(List.of(), cool.active());
    assertEquals(1, cool.resolved().size());
    Alert resolved = cool.resolved().getFirst();
    assertEquals(Alert.Status.RESOLVED, resolved.status());
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), resolved.resolvedAt());
    assertEquals(0.30, resolved.value(), 1e-9, "the last value seen firing");

    assertEquals(
        List.of(), step(engine, throttled(), Duration.ofMinutes(1)).resolved(), "resolved once");
  }

  @Test
  void aPendingAlertThatStopsHoldingIsDroppedWithoutAResolution() {
    AlertEngine engine =
        new AlertEngine(
            List.of(throttling("throttled", 0.25, Duration.ofMinutes(15), Severity.WARNING)));
    step(engine, throttled(reading(SERVER, 0.30)), Duration.ZERO);
    AlertState cool = step(engine, throttled(reading(SERVER, 0.10)), Duration.ofMinutes(5));
    assertEquals(List.of(), cool.active());
    assertEquals(List.of(), cool.resolved());

    AlertState again = step(engine, throttled(reading(SERVER, 0.30)), Duration.ofMinutes(5));
    assertEquals(clock.instant(), again.pending().getFirst().since(), "the duration counts afresh");
  }

  @Test
  void aResolvedAlertThatComesBackIsANewAlertWithANewSince() {
    AlertEngine engine =
        new AlertEngine(List.of(throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING)));
    step(engine, throttled(reading(SERVER, 0.30)), Duration.ZERO);
    step(engine, throttled(), Duration.ofMinutes(1));
    AlertState back = step(engine, throttled(reading(SERVER, 0.30)), Duration.ofMinutes(1));
    assertEquals(1, back.fired().size());
    assertEquals(clock.instant(), back.fired().getFirst().since());
  }

  @Test
  void oneAlertPerRuleAndSubjectHoweverOftenTheSubjectIsReported() {
    AlertEngine engine =
        new AlertEngine(
            List.of(
                throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING),
                throttling("throttled-hard", 0.5, Duration.ZERO, Severity.CRITICAL)));
    AlertState state =
        step(
            engine,
            throttled(reading(SERVER, 0.6), reading(SERVER, 0.7), reading(WORKER, 0.3)),
            Duration.ZERO);
    assertEquals(
        List.of(
            new AlertKey("throttled-hard", "container:prod/ml/ranker/server"),
            new AlertKey("throttled", "container:lab/batch/etl/worker"),
            new AlertKey("throttled", "container:prod/ml/ranker/server")),
        state.firing().stream().map(Alert::key).toList(),
        "most severe first, then the oldest, then by subject name");
  }

  @Test
  void aRuleWatchesOnlyTheSubjectsInItsScope() {
    Scope prodMl = new Scope(List.of("prod"), List.of("ml*"), List.of(), List.of());
    AlertEngine engine =
        new AlertEngine(
            List.of(
                throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING).withScope(prodMl)));
    AlertState state =
        step(engine, throttled(reading(SERVER, 0.6), reading(WORKER, 0.6)), Duration.ZERO);
    assertEquals(
        List.of("container:prod/ml/ranker/server"),
        state.firing().stream().map(a -> a.subject().key()).toList());
  }

  @Test
  void inputsNotGivenKeepTheirAlertsAsTheyWereAndGivenEmptyResolveThem() {
    AlertRule cost =
        new AlertRule(
            "cost",
            RuleKind.COST_OVER_FORECAST,
            true,
            0.2,
            Duration.ZERO,
            Severity.WARNING,
            Scope.ALL);
    AlertEngine engine = new AlertEngine(List.of(cost));
    CostVsForecast day =
        new CostVsForecast(
            "fleet", "fleet", Placement.NONE, LocalDate.of(2026, 11, 23), 1240, 1000, "USD");
    step(engine, AlertInputs.none().withCost(List.of(day)), Duration.ZERO);

    AlertState unknown = step(engine, AlertInputs.none(), Duration.ofHours(1));
    assertEquals(1, unknown.firing().size(), "the cost is not known, not gone");
    assertEquals(List.of(), unknown.resolved());

    AlertState empty = step(engine, AlertInputs.none().withCost(List.of()), Duration.ofHours(1));
    assertEquals(List.of(), empty.firing());
    assertEquals(1, empty.resolved().size());
  }

  @Test
  void disablingOrRemovingARuleResolvesItsAlertsAndEditingOneKeepsThem() {
    AlertRule rule = throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING);
    AlertEngine engine = new AlertEngine(List.of(rule));
    AlertInputs hot = throttled(reading(SERVER, 0.6));
    step(engine, hot, Duration.ZERO);

    engine.rules(List.of(rule.withSeverity(Severity.CRITICAL).withThreshold(0.5)));
    AlertState edited = step(engine, hot, Duration.ofMinutes(1));
    assertEquals(Severity.CRITICAL, edited.firing().getFirst().severity());
    assertEquals(T0, edited.firing().getFirst().since());
    assertEquals(List.of(), edited.fired(), "still the same alert");

    engine.rules(List.of(rule.withEnabled(false)));
    AlertState disabled = step(engine, hot, Duration.ofMinutes(1));
    assertEquals(List.of(), disabled.active());
    assertEquals(1, disabled.resolved().size());
  }

  @Test
  void evaluatingTwiceAtOneInstantAnnouncesOnce() {
    AlertEngine engine =
        new AlertEngine(List.of(throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING)));
    AlertInputs hot = throttled(reading(SERVER, 0.6));
    assertEquals(1, step(engine, hot, Duration.ZERO).fired().size());
    assertEquals(List.of(), step(engine, hot, Duration.ZERO).fired());
  }

  @Test
  void refusesTwoRulesWithOneId() {
    AlertRule rule = throttling("throttled", 0.25, Duration.ZERO, Severity.WARNING);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AlertEngine(List.of(rule, rule)));
    assertEquals("two rules have the id throttled", e.getMessage());
  }

  @Test
  void thePureFormGivesTheSameStatesAsTheEngine() {
    List<AlertRule> rules =
        List.of(throttling("throttled", 0.25, Duration.ofMinutes(10), Severity.WARNING));
    AlertEngine engine = new AlertEngine(rules);
    AlertState kept = AlertState.EMPTY;
    for (int minute = 0; minute < 30; minute++) {
      AlertInputs inputs = throttled(reading(SERVER, minute < 20 ? 0.4 : 0.1));
      Instant now = T0.plus(Duration.ofMinutes(minute));
      kept = AlertEngine.next(rules, kept, inputs, now);
      assertEquals(kept, engine.evaluate(inputs, now));
    }
  }
}
