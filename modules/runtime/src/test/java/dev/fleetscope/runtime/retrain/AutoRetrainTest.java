package dev.fleetscope.runtime.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertEngine;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SecretRef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic retraining with a controllable clock against an Airflow 2 stand-in that checks each
 * request against Airflow's published spec: once per cool-down, across restarts, and never for a
 * plan that did not turn it on.
 */
class AutoRetrainTest {
  private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

  private final AppDirs dirs;
  private Instant now = T0;
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  AutoRetrainTest(@TempDir Path folder) {
    dirs = new AppDirs(folder.resolve("config"), folder.resolve("data"));
  }

  @Test
  void startsOncePerCoolDownCountingFromTheAuditLogAcrossRestarts() throws Exception {
    try (SpecServer server = airflow()) {
      Retraining retraining = retraining();
      retraining.save(plan(Optional.of(Duration.ofHours(6))));
      List<Alert> drifting = drifting();

      TriggerOutcome first = auto(retraining, server).startDue(drifting).get("ranker");
      assertInstanceOf(TriggerOutcome.Started.class, first);
      now = T0.plus(Duration.ofHours(1));
      assertEquals(
          Map.of(), auto(retraining, server).startDue(drifting), "a restart: still cooling");
      now = T0.plus(Duration.ofHours(6));
      assertInstanceOf(
          TriggerOutcome.Started.class, auto(retraining, server).startDue(drifting).get("ranker"));

      assertEquals(2, server.requests("/dagRuns").size());
    }
  }

  @Test
  void aRunStartedByHandCountsAsTheLastStart() throws Exception {
    try (SpecServer server = airflow()) {
      Retraining retraining = retraining();
      RetrainPlan plan = plan(Optional.of(Duration.ofHours(6)));
      retraining.start(source(server), plan, RetrainReasons.of(drift(), "by hand"), "ana");

      now = T0.plus(Duration.ofMinutes(30)); // the user turns it on right after
      assertEquals(Map.of(), auto(retraining, server).startDue(drifting()));
      assertEquals(1, server.requests("/dagRuns").size());
    }
  }

  @Test
  void aPlanWithoutItStartsNothing() throws Exception {
    try (SpecServer server = airflow()) {
      Retraining retraining = retraining();
      retraining.save(plan(Optional.empty()));

      assertEquals(Map.of(), auto(retraining, server).startDue(drifting()));
      assertEquals(List.of(), server.requests("/dagRuns"));
    }
  }

  @Test
  void aCoolDownShorterThanAnHourIsRefused() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> plan(Optional.of(Duration.ofMinutes(5))));
    assertEquals(
        "an automatic retraining waits at least 1h between runs, was PT5M", e.getMessage());
  }

  private AutoRetrain auto(Retraining retraining, SpecServer server) {
    return new AutoRetrain(() -> retraining, () -> List.of(source(server)), clock);
  }

  private Retraining retraining() {
    return new Retraining(
        dirs, SessionMode.DESKTOP, Map.of("AIRFLOW_PASSWORD", "s3cret"), clock, new OkHttpClient());
  }

  private static RetrainPlan plan(Optional<Duration> coolDown) {
    return new RetrainPlan("ranker", "airflow-prod", "retrain_ranker", Optional.empty(), coolDown);
  }

  /** The firing alerts of the default dataset-drift rule over a drifting ranker. */
  private List<Alert> drifting() {
    List<Alert> firing =
        new AlertEngine(List.of(DefaultRules.of(RuleKind.DATASET_DRIFT)))
            .evaluate(AlertInputs.none().withDrift(List.of(drift())), T0)
            .firing();
    assertEquals(1, firing.size(), "the default rule fires at 50% drifted");
    return firing;
  }

  private static DriftResult drift() {
    return new DriftResult(
        "ranker",
        List.of(
            new ColumnDrift("basket_size", "Wasserstein", 0.31, 0.1, true),
            new ColumnDrift("country", "chi-squared", 0.01, 0.05, false)),
        new TimeWindow(T0.minus(Duration.ofDays(30)), T0.minus(Duration.ofDays(23))),
        new TimeWindow(T0.minus(Duration.ofDays(1)), T0),
        Placement.ofModel("ranker"));
  }

  private static SpecServer airflow() {
    return new SpecServer(
            "airflow2-stable-rest-api-v1.openapi.yaml", "airflow3-rest-api-v2.openapi.yaml")
        .respond(AutoRetrainTest::answer);
  }

  private static MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return Responses.raw(404, "<html>Not Found</html>");
    }
    if (path.endsWith("/dagRuns") && request.getMethod().equals("POST")) {
      return Responses.json(
          Map.of(
              "dag_id", "retrain_ranker",
              "dag_run_id", "auto__" + System.nanoTime(),
              "state", "queued",
              "run_type", "manual",
              "conf", Map.of()));
    }
    return Responses.status(404, "no route " + path);
  }

  private static PipelineEntry source(SpecServer server) {
    return new PipelineEntry(
        "airflow-prod",
        PipelineEntry.Kind.AIRFLOW,
        "Airflow prod",
        server.url("/").toString(),
        Optional.of("ops"),
        Optional.of(new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
        List.of(),
        Duration.ofMinutes(1));
  }
}
