package dev.fleetscope.runtime.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.trigger.TriggerRecord;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.trigger.PreparedTrigger;
import dev.fleetscope.pipelines.trigger.RetrainReason;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SecretRef;
import dev.fleetscope.store.SqliteAuditLog;
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
 * A drifting model's retraining run on a saved Airflow 2 source, against a loopback server that
 * checks each request against Airflow's published API spec.
 */
class RetrainingTest {
  private static final String AIRFLOW2 = "airflow2-stable-rest-api-v1.openapi.yaml";
  private static final String AIRFLOW3 = "airflow3-rest-api-v2.openapi.yaml";
  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppDirs dirs;

  RetrainingTest(@TempDir Path folder) {
    dirs = new AppDirs(folder.resolve("config"), folder.resolve("data"));
  }

  private final RetrainPlan plan =
      new RetrainPlan("ranker", "airflow-prod", "retrain_ranker", Optional.empty());

  @Test
  void previewsTheExactRequestAndSendsNothingButTheVersionQuestion() throws Exception {
    try (SpecServer server = airflow()) {
      PreparedTrigger request =
          retraining(SessionMode.DESKTOP).preview(source(server), plan, reason());

      String shown = request.describe();
      assertTrue(
          shown.startsWith("POST " + server.url("/api/v1/dags/retrain_ranker/dagRuns")), shown);
      assertTrue(shown.contains("Authorization: Basic ••••"), "secrets masked: " + shown);
      assertTrue(shown.contains("\"fleetscope_reason\""), shown);
      assertEquals(0, server.requests("/dagRuns").size(), "a preview sends no run");
    }
  }

  @Test
  void startsTheRunRecordsItAndRemembersThePlan() throws Exception {
    try (SpecServer server = airflow()) {
      TriggerOutcome outcome =
          retraining(SessionMode.DESKTOP).start(source(server), plan, reason(), "ana");

      TriggerOutcome.Started started = assertInstanceOf(TriggerOutcome.Started.class, outcome);
      assertEquals("manual__2026-12-05T09:00:00+00:00", started.run().runId());
      assertEquals("airflow-prod", started.run().source(), "followed by its pipeline source");
      RecordedRequest post = server.requests("/api/v1/dags/retrain_ranker/dagRuns").getFirst();
      JsonNode reason = JSON.readTree(post.getBody().utf8()).path("conf").path("fleetscope_reason");
      assertEquals("ranker", reason.path("model").asText());
      assertEquals("basket_size", reason.path("columns").get(0).path("name").asText());
      assertEquals(1, reason.path("columns").size(), "only the drifted columns");
      assertEquals(0.5, reason.path("driftedShare").asDouble());
      try (SqliteAuditLog audit =
          SqliteAuditLog.open(dirs.data().resolve(SqliteAuditLog.FILE_NAME), clock())) {
        TriggerRecord record = audit.trigger(started.auditId()).orElseThrow();
        assertEquals("ana", record.intent().actor());
        assertTrue(record.answered());
      }
      assertEquals(Optional.of(plan), retraining(SessionMode.DESKTOP).plan("ranker"));
    }
  }

  @Test
  void aKubeflowPlanKeepsItsVersionAndExperimentAcrossSessions() throws Exception {
    RetrainPlan kubeflow =
        new RetrainPlan(
            "churn",
            "kfp",
            "p-churn",
            Optional.of("reason"),
            Optional.empty(),
            Optional.of(" v-7 "),
            Optional.of("e-drift"));
    retraining(SessionMode.DESKTOP).save(kubeflow);
    RetrainPlan read = retraining(SessionMode.DESKTOP).plan("churn").orElseThrow();
    assertEquals(kubeflow, read);
    assertEquals(Optional.of("v-7"), read.pipelineVersion());
    assertEquals(
        Optional.of("e-drift"),
        read.withAutoCoolDown(Optional.of(java.time.Duration.ofDays(1))).experiment(),
        "turning automatic retraining on keeps them");
  }

  @Test
  void aReadOnlySessionSendsNothingAndSaysWhy() throws Exception {
    try (SpecServer server = airflow()) {
      Retraining readOnly = retraining(SessionMode.READ_ONLY);
      TriggerOutcome outcome = readOnly.start(source(server), plan, reason(), "ana");

      assertInstanceOf(TriggerOutcome.Refused.class, outcome);
      assertTrue(outcome.message().contains("read-only"), outcome.message());
      assertTrue(readOnly.refusal().isPresent());
      assertEquals(List.of(), server.requests());
      assertEquals(Optional.empty(), readOnly.plan("ranker"), "nothing remembered");
    }
  }

  @Test
  void aMissingSecretIsNamedBeforeAnythingIsSent() throws Exception {
    try (SpecServer server = airflow()) {
      PipelineEntry source =
          entry(server.url("/").toString(), new SecretRef.InEnvironment("NOT_SET_HERE"));
      RetrainException e =
          assertThrows(
              RetrainException.class,
              () -> retraining(SessionMode.DESKTOP).preview(source, plan, reason()));

      assertTrue(e.getMessage().startsWith("Airflow prod: password: "), e.getMessage());
      assertTrue(e.getMessage().contains("NOT_SET_HERE"), e.getMessage());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void aContextSourceCannotStartRuns() {
    PipelineEntry context =
        new PipelineEntry(
            "argo-ctx",
            PipelineEntry.Kind.ARGO_CONTEXT,
            "Argo in prod",
            "prod",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Duration.ofMinutes(1));
    assertEquals(List.of(), Retraining.startable(List.of(context)));
  }

  private Retraining retraining(SessionMode mode) {
    return new Retraining(
        dirs, mode, Map.of("AIRFLOW_PASSWORD", "s3cret"), clock(), new OkHttpClient());
  }

  private static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static SpecServer airflow() {
    return new SpecServer(AIRFLOW2, AIRFLOW3).respond(RetrainingTest::answer);
  }

  private static MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return Responses.raw(404, "<html>Not Found</html>"); // an Airflow 2
    }
    if (path.endsWith("/dagRuns") && request.getMethod().equals("POST")) {
      return Responses.json(
          Map.of(
              "dag_id", "retrain_ranker",
              "dag_run_id", "manual__2026-12-05T09:00:00+00:00",
              "state", "queued",
              "run_type", "manual",
              "conf", Map.of()));
    }
    return Responses.status(404, "no route " + path);
  }

  private static PipelineEntry source(SpecServer server) {
    return entry(server.url("/").toString(), new SecretRef.InEnvironment("AIRFLOW_PASSWORD"));
  }

  private static PipelineEntry entry(String url, SecretRef secret) {
    return new PipelineEntry(
        "airflow-prod",
        PipelineEntry.Kind.AIRFLOW,
        "Airflow prod",
        url,
        Optional.of("ops"),
        Optional.of(secret),
        List.of(),
        Duration.ofMinutes(1));
  }

  private static RetrainReason reason() {
    DriftResult drift =
        new DriftResult(
            "ranker",
            List.of(
                new ColumnDrift("basket_size", "Wasserstein", 0.31, 0.1, true),
                new ColumnDrift("country", "chi-squared", 0.2, 0.05, false)),
            new TimeWindow(
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z")),
            new TimeWindow(
                Instant.parse("2026-12-04T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z")),
            Placement.ofModel("ranker"));
    return RetrainReasons.of(drift, "ranker: 1 of 2 columns drifted (50%)");
  }
}
