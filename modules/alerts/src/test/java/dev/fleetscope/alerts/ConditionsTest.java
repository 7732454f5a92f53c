package dev.fleetscope.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.IdleGpus;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of rule over the inputs the app builds, with the default rules. */
class ConditionsTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  final MutableClock clock = new MutableClock(NOW);

  static AlertState once(RuleKind kind, AlertInputs inputs, Instant now) {
    return AlertEngine.next(List.of(DefaultRules.of(kind)), AlertState.EMPTY, inputs, now);
  }

  static DriftResult drift(String model, int drifted, int columns) {
    List<ColumnDrift> tested = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      tested.add(
          new ColumnDrift(
              "c" + (char) ('a' + i), "ks", i < drifted ? 0.01 : 0.4, 0.05, i < drifted));
    }
    return new DriftResult(
        model,
        tested,
        new TimeWindow(NOW.minus(Duration.ofDays(21)), NOW.minus(Duration.ofDays(14))),
        new TimeWindow(NOW.minus(Duration.ofDays(1)), NOW),
        Placement.NONE);
  }

  @Test
  void datasetDriftFiresAtHalfTheColumnsAndPlacesTheModelWhereItIsServed() {
    var fleet =
        new Fleets("prod")
            .workload(
                "serving",
                "ranker-v2",
                "search",
                Optional.of("ranker"),
                GpuAllocation.NONE,
                2,
                null)
            .snapshot(NOW);
    AlertInputs inputs =
        AlertInputs.none()
            .withFleet(fleet)
            .withDrift(List.of(drift("ranker", 6, 12), drift("churn", 5, 12)));
    AlertState state = once(RuleKind.DATASET_DRIFT, inputs, NOW);

    assertEquals(1, state.firing().size(), "6 of 12 reaches 50%, 5 of 12 does not");
    Alert alert = state.firing().getFirst();
    assertEquals("model:ranker", alert.subject().key());
    assertEquals(
        new Placement(Set.of("prod"), Set.of("serving"), Set.of("search"), Set.of("ranker")),
        alert.subject().placement());
    assertEquals(new AlertLink("drift", "ranker"), alert.link());
    assertTrue(
        alert.summary().startsWith("ranker: 6 of 12 columns drifted (50%): ca, cb, cc and 3 more"),
        alert.summary());
    assertEquals(drift("ranker", 6, 12), alert.evidence(), "the reason a retraining carries");
  }

  @Test
  void aPipelineFailsUntilOneOfItsRunsSucceeds() {
    Runs runs = new Runs("airflow", "features", NOW.minus(Duration.ofDays(3)));
    runs.succeeded(Duration.ofMinutes(30)).failed(Duration.ofMinutes(10)).canceled();
    AlertRule twoInARow = DefaultRules.of(RuleKind.PIPELINE_FAILED).withThreshold(2);
    AlertInputs oneFailure = AlertInputs.none().withRuns(runs.facts());
    assertEquals(
        List.of(),
        AlertEngine.next(List.of(twoInARow), AlertState.EMPTY, oneFailure, NOW).firing());

    runs.failed(Duration.ofMinutes(12));
    AlertState state =
        AlertEngine.next(
            List.of(twoInARow), AlertState.EMPTY, AlertInputs.none().withRuns(runs.facts()), NOW);
    Alert alert = state.firing().getFirst();
    assertEquals(2, alert.value());
    assertEquals("pipeline:airflow/features", alert.subject().key());
    assertEquals(runs.endOf(3), alert.since(), "held since the failure that made it two");
    assertEquals(new AlertLink("pipelines", "airflow/run-3"), alert.link(), "the newest failure");
    assertTrue(alert.summary().contains("failed 2 runs in a row; last run run-3"), alert.summary());

    runs.succeeded(Duration.ofMinutes(30));
    assertEquals(
        List.of(),
        AlertEngine.next(List.of(twoInARow), state, AlertInputs.none().withRuns(runs.facts()), NOW)
            .active());
  }

  @Test
  void aRunPastItsUsualDurationIsSlowFromTheMomentItPassedIt() {
    Runs runs = new Runs("kfp", "train", NOW.minus(Duration.ofHours(3)));
    runs.running(Optional.of(Duration.ofHours(1)));
    AlertState state = once(RuleKind.PIPELINE_SLOW, AlertInputs.none().withRuns(runs.facts()), NOW);
    Alert alert = state.firing().getFirst();
    assertEquals(3.0, alert.value(), 1e-9);
    assertEquals(NOW.minus(Duration.ofHours(2)), alert.since());
    assertTrue(
        alert.summary().startsWith("train has been running for 3 h 00 min (3.0× its usual 1 h"),
        alert.summary());

    runs.running(Optional.of(Duration.ofHours(3)));
    assertEquals(
        List.of(),
        once(RuleKind.PIPELINE_SLOW, AlertInputs.none().withRuns(runs.facts()), NOW).active(),
        "a later run that is on time replaces it");
  }

  @Test
  void anOomKillIsAnAlertForTwentyFourHours() {
    ContainerRef leaky = Fleets.ref("prod", "web", "leaky").container("main");
    Instant kill = NOW.minus(Duration.ofHours(2));
    var fleet =
        new Fleets("prod")
            .workload(
                "web",
                "leaky",
                "shop",
                Optional.empty(),
                GpuAllocation.NONE,
                1,
                Fleets.oomKilled(leaky, kill, NOW.minus(Duration.ofDays(3))))
            .snapshot(NOW);
    AlertState state = once(RuleKind.OOM_KILLS, AlertInputs.none().withFleet(fleet), NOW);
    Alert alert = state.firing().getFirst();
    assertEquals(1, alert.value(), "the kill three days ago is outside the window");
    assertEquals(kill, alert.since());
    assertEquals(new AlertLink("utilization", "prod/web/leaky/main"), alert.link());
    assertEquals(Set.of("shop"), alert.subject().placement().teams());

    Instant dayLater = kill.plus(Duration.ofHours(24));
    AlertState after =
        AlertEngine.next(
            List.of(DefaultRules.of(RuleKind.OOM_KILLS)),
            state,
            AlertInputs.none().withFleet(fleet),
            dayLater);
    assertEquals(List.of(), after.active());
    assertEquals(1, after.resolved().size());
  }

  @Test
  void gpusIdleInTheirHistoryFireAtOnceWithTheIdleStart() {
    ContainerRef notebook = Fleets.ref("prod", "research", "notebook").container("main");
    double[] samples = new double[180];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = i < 60 ? 0.7 : 0.01;
    }
    var fleet =
        new Fleets("prod")
            .workload(
                "research",
                "notebook",
                "research",
                Optional.empty(),
                new GpuAllocation.Whole(2),
                1,
                Fleets.gpu(notebook, Metric.GPU_UTILIZATION, NOW, samples))
            .snapshot(NOW);
    AlertState state = once(RuleKind.GPU_IDLE, AlertInputs.none().withFleet(fleet), NOW);
    Alert alert = state.firing().getFirst();
    assertEquals(
        NOW.minus(Duration.ofMinutes(120)), alert.since(), "two idle hours in its history");
    assertEquals("workload:prod/research/notebook", alert.subject().key());
    assertTrue(alert.summary().contains("holds 2 GPUs (1 pod) at 1% utilization"), alert.summary());
    assertEquals(2.0, ((IdleGpus) alert.evidence()).gpus());
  }

  static FleetSnapshot migSlice(Metric metric, double... samples) {
    ContainerRef sliced = Fleets.ref("prod", "serving", "embedder").container("main");
    return new Fleets("prod")
        .workload(
            "serving",
            "embedder",
            "search",
            Optional.empty(),
            new GpuAllocation.Mig(MigProfile.parse("1g.10gb"), 1),
            1,
            Fleets.gpu(sliced, metric, NOW, samples))
        .snapshot(NOW);
  }

  @Test
  void aMigSliceIsJudgedByEngineActivityNotUtilization() {
    double[] idleTwoHours = new double[120];
    AlertState idle =
        once(
            RuleKind.GPU_IDLE,
            AlertInputs.none().withFleet(migSlice(Metric.GPU_ENGINE_ACTIVE, idleTwoHours)),
            NOW);
    assertEquals(1, idle.firing().size(), "engine activity at 0 for two hours");

    AlertState unread =
        once(
            RuleKind.GPU_IDLE,
            AlertInputs.none().withFleet(migSlice(Metric.GPU_UTILIZATION, idleTwoHours)),
            NOW);
    assertEquals(
        List.of(), unread.active(), "no engine reading: not judged, though utilization reads 0");
  }

  @Test
  void costFiresAboveTheForecastByTheMargin() {
    LocalDate day = LocalDate.of(2026, 11, 22);
    List<CostVsForecast> costs =
        List.of(
            new CostVsForecast(
                "team:ml",
                "team ml",
                Placement.of("", "", "ml", Optional.empty()),
                day,
                1240,
                1000,
                "USD"),
            new CostVsForecast("team:web", "team web", Placement.NONE, day, 1150, 1000, "USD"),
            new CostVsForecast("team:new", "team new", Placement.NONE, day, 50, 0, "USD"));
    AlertState state = once(RuleKind.COST_OVER_FORECAST, AlertInputs.none().withCost(costs), NOW);
    assertEquals(1, state.firing().size());
    Alert alert = state.firing().getFirst();
    assertEquals(0.24, alert.value(), 1e-9);
    assertEquals(
        "team ml cost 1,240.00 USD on 2026-11-22, 24% above its forecast of 1,000.00 USD per day",
        alert.summary());
    assertEquals(new AlertLink("cost", "team:ml"), alert.link());
  }

  @Test
  void aSourceFiresWhenItsLastReportIsOlderThanTheThresholdAndTheDurationHasPassed() {
    SourceStatus stale =
        new SourceStatus(
            "prom",
            "Prometheus prod",
            SourceState.STALE,
            Optional.of(NOW.minus(Duration.ofMinutes(6))),
            Optional.of("connection refused: http://prom:9090"),
            Optional.<Progress>empty());
    SourceStatus never =
        new SourceStatus(
            "airflow",
            "Airflow",
            SourceState.FAILED,
            Optional.empty(),
            Optional.of("401 Unauthorized"),
            Optional.<Progress>empty());
    SourceStatus live =
        new SourceStatus(
            "kfp",
            "Kubeflow",
            SourceState.LIVE,
            Optional.of(NOW.minus(Duration.ofHours(1))),
            Optional.empty(),
            Optional.<Progress>empty());
    AlertInputs inputs = AlertInputs.none().withSources(List.of(stale, never, live));
    AlertRule rule = DefaultRules.of(RuleKind.SOURCE_UNHEALTHY);

    AlertState first = AlertEngine.next(List.of(rule), AlertState.EMPTY, inputs, NOW);
    assertEquals(List.of(), first.firing(), "held 1 min (stale) and 0 min (never reported) of 2");
    assertEquals(
        NOW.minus(Duration.ofMinutes(1)),
        first.alert(new AlertKey("source-unhealthy", "source:prom")).orElseThrow().since());

    clock.advance(Duration.ofMinutes(2));
    AlertState later = AlertEngine.next(List.of(rule), first, inputs, clock.instant());
    assertEquals(
        List.of("source:airflow", "source:prom"),
        later.firing().stream().map(a -> a.subject().key()).sorted().toList());
    Alert neverReported =
        later.alert(new AlertKey("source-unhealthy", "source:airflow")).orElseThrow();
    assertEquals(Double.POSITIVE_INFINITY, neverReported.value());
    assertEquals(
        "Airflow is failing and has never reported (401 Unauthorized)", neverReported.summary());
    assertEquals(new AlertLink("connections", "airflow"), neverReported.link());
  }
}
