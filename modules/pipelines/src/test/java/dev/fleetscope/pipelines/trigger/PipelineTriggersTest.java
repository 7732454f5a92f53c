package dev.fleetscope.pipelines.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerRecord;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.airflow.AirflowVersion;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Triggers against loopback servers that check every request against the orchestrators' published
 * API specs (the ones the pipeline source tests use), answering as the specs' schemas say.
 */
class PipelineTriggersTest {
  static final String AIRFLOW2 = "airflow2-stable-rest-api-v1.openapi.yaml";
  static final String AIRFLOW3 = "airflow3-rest-api-v2.openapi.yaml";
  static final String AIRFLOW3_TOKEN = "airflow3-simple-auth-manager-token.openapi.yaml";
  static final String KFP = "kubeflow-pipelines-v2beta1-kfp_api_single_file.swagger.json";
  static final String ARGO = "argo-workflows-server.swagger.json";
  static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(Reasons.NOW);
  final RecordingTriggerLog log = new RecordingTriggerLog(clock);

  PipelineTriggers triggers(SessionMode mode) {
    return new PipelineTriggers(
        new OkHttpClient(),
        mode,
        new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> {}),
        clock,
        log);
  }

  static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().utf8());
  }

  static MockResponse airflow(RecordedRequest request, String version) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return version.startsWith("3")
          ? Responses.json(Map.of("version", version, "git_version", "release:" + version))
          : Responses.raw(404, "<html>Not Found</html>");
    }
    if (path.equals("/auth/token")) {
      return Responses.json(201, Map.of("access_token", "opaque-t0ken"));
    }
    if (path.endsWith("/dagRuns") && request.getMethod().equals("POST")) {
      Map<String, Object> run = new HashMap<>();
      run.put("dag_id", "retrain_ranker");
      run.put("dag_run_id", "manual__2026-11-23T09:00:00+00:00");
      run.put("state", "queued");
      run.put("run_type", "manual");
      run.put("conf", Map.of());
      return Responses.json(run);
    }
    return Responses.status(404, "no route " + path);
  }

  @Test
  void airflow2GetsADagRunWithTheReasonInConfAndBasicAuth() throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW2, AIRFLOW3)) {
      server.respond(r -> airflow(r, "2.10.5"));
      AirflowDag dag =
          new AirflowDag(
              "airflow-prod",
              server.url("/"),
              "retrain_ranker",
              Optional.empty(),
              "ops",
              "s3cret",
              Map.of("epochs", 3),
              AirflowDag.REASON_KEY);
      TriggerOutcome outcome = triggers(SessionMode.DESKTOP).trigger(dag, Reasons.ranker(), "ana");

      TriggerOutcome.Started started = assertInstanceOf(TriggerOutcome.Started.class, outcome);
      assertEquals(new RunKey("airflow-prod", "manual__2026-11-23T09:00:00+00:00"), started.run());
      assertEquals(
          Optional.of(
              URI.create(
                  server.url("/dags/retrain_ranker/grid")
                      + "?dag_run_id=manual__2026-11-23T09%3A00%3A00%2B00%3A00")),
          started.link());
      RecordedRequest post = server.requests("/api/v1/dags/retrain_ranker/dagRuns").getFirst();
      assertEquals("Basic b3BzOnMzY3JldA==", post.getHeaders().get("Authorization"));
      JsonNode conf = body(post).path("conf");
      assertEquals(3, conf.path("epochs").asInt());
      JsonNode reason = conf.path("fleetscope_reason");
      assertEquals("ranker", reason.path("model").asText());
      assertEquals("basket_size", reason.path("columns").get(0).path("name").asText());
      assertEquals(0.31, reason.path("columns").get(0).path("score").asDouble());
      assertEquals(
          "2026-11-22T00:00:00Z/2026-11-23T00:00:00Z", reason.path("currentWindow").asText());
      assertFalse(body(post).has("logical_date"), "Airflow 2 takes none: it uses now");
    }
  }

  @Test
  void airflow3GetsLogicalDateAsItRequiresWithATokenItIssued() throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW3, AIRFLOW3_TOKEN)) {
      server.respond(r -> airflow(r, "3.0.6"));
      TriggerOutcome outcome =
          triggers(SessionMode.DESKTOP)
              .trigger(
                  AirflowDag.of("airflow3", server.url("/"), "retrain_ranker", "ops", "s3cret"),
                  Reasons.ranker(),
                  "ana");
      assertInstanceOf(TriggerOutcome.Started.class, outcome);
      RecordedRequest post = server.requests("/api/v2/dags/retrain_ranker/dagRuns").getFirst();
      assertEquals("Bearer opaque-t0ken", post.getHeaders().get("Authorization"));
      JsonNode body = body(post);
      assertTrue(body.has("logical_date") && body.get("logical_date").isNull(), body.toString());
      assertEquals("ranker", body.path("conf").path("fleetscope_reason").path("model").asText());
    }
  }

  @Test
  void theTriggerIsAuditedWithWhoWhatWhenAndTheAnswerAndTheMaskedRequestIsTheOneSent()
      throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW2, AIRFLOW3)) {
      server.respond(r -> airflow(r, "2.10.5"));
      AirflowDag dag =
          AirflowDag.of("airflow-prod", server.url("/"), "retrain_ranker", "ops", "s3cret");
      PreparedTrigger preview = triggers(SessionMode.DESKTOP).preview(dag, Reasons.ranker());
      clock.advance(Duration.ofMinutes(1));
      triggers(SessionMode.DESKTOP).trigger(dag, Reasons.ranker(), "ana");

      RecordedRequest post = server.requests("/dagRuns").getFirst();
      assertEquals(preview.body(), post.getBody().utf8(), "the preview is what was sent");
      assertEquals(preview.url(), post.getUrl());
      TriggerRecord record = log.triggers().getFirst();
      assertEquals("ana", record.intent().actor());
      assertEquals(Reasons.NOW.plus(Duration.ofMinutes(1)), record.requestedAt());
      assertEquals("Airflow " + server.url("/") + ", DAG retrain_ranker", record.intent().target());
      assertEquals(preview.describe(), record.intent().request());
      assertTrue(record.intent().request().contains("Authorization: Basic ••••"));
      assertFalse(record.intent().request().contains("b3BzOnMzY3JldA"), "no credential in the log");
      TriggerAnswer answer = record.answer().orElseThrow();
      assertEquals(TriggerAnswer.Outcome.STARTED, answer.outcome());
      assertEquals(Optional.of("manual__2026-11-23T09:00:00+00:00"), answer.runId());
    }
  }

  @Test
  void aRefusalIsRecordedWithTheServersAnswer() throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW2, AIRFLOW3)) {
      server.respond(
          r ->
              r.getMethod().equals("POST")
                  ? Responses.status(404, "DAG with dag_id: 'retrain_rankr' not found")
                  : airflow(r, "2.10.5"));
      TriggerOutcome outcome =
          triggers(SessionMode.DESKTOP)
              .trigger(
                  AirflowDag.of("airflow-prod", server.url("/"), "retrain_rankr", "ops", "s3cret"),
                  Reasons.ranker(),
                  "ana");
      TriggerOutcome.NotStarted refused =
          assertInstanceOf(TriggerOutcome.NotStarted.class, outcome);
      assertEquals(TriggerAnswer.Outcome.REFUSED, refused.outcome());
      assertTrue(
          refused
              .reason()
              .endsWith(
                  "returned 404 Not Found: check the URL (and the namespace or API version) (server"
                      + " says: DAG with dag_id: 'retrain_rankr' not found)"),
          refused.reason());
      assertEquals(
          TriggerAnswer.Outcome.REFUSED,
          log.triggers().getFirst().answer().orElseThrow().outcome());
    }
  }

  @Test
  void kubeflowGetsARunOfThePipelineVersionWithParametersAndTheReasonDescribed() throws Exception {
    try (SpecServer server = new SpecServer(KFP)) {
      server.respond(
          r ->
              Responses.json(
                  Map.of("run_id", "7f3c", "display_name", "Retrain ranker", "state", "PENDING")));
      KubeflowPipeline pipeline =
          new KubeflowPipeline(
              "kfp",
              server.url("/"),
              "p-ranker",
              Optional.of("v-12"),
              Optional.of("e-retrain"),
              Map.of("epochs", 3),
              Optional.of("drift_reason"),
              new Credentials.Bearer("kfp-t0ken"));
      TriggerOutcome outcome =
          triggers(SessionMode.DESKTOP).trigger(pipeline, Reasons.ranker(), "ana");

      assertEquals(
          new TriggerOutcome.Started(
              new RunKey("kfp", "7f3c"),
              Optional.of(URI.create(server.url("/") + "#/runs/details/7f3c")),
              1),
          outcome);
      RecordedRequest post = server.requests().getFirst();
      assertEquals("/apis/v2beta1/runs", post.getUrl().encodedPath());
      assertEquals("Bearer kfp-t0ken", post.getHeaders().get("Authorization"));
      JsonNode body = body(post);
      assertEquals(
          "Retrain ranker (Fleetscope, 2026-11-23 09:00 UTC)", body.path("display_name").asText());
      assertEquals("e-retrain", body.path("experiment_id").asText());
      assertEquals(
          "p-ranker", body.path("pipeline_version_reference").path("pipeline_id").asText());
      assertEquals(
          "v-12", body.path("pipeline_version_reference").path("pipeline_version_id").asText());
      JsonNode parameters = body.path("runtime_config").path("parameters");
      assertEquals(3, parameters.path("epochs").asInt());
      assertEquals(
          "ranker", JSON.readTree(parameters.path("drift_reason").asText()).path("model").asText());
      assertTrue(body.path("description").asText().startsWith("ranker: 2 of 4 columns drifted"));
    }
  }

  @Test
  void argoSubmitsFromTheTemplateWithParametersAndLabels() throws Exception {
    try (SpecServer server = new SpecServer(ARGO)) {
      server.respond(
          r ->
              Responses.json(
                  Map.of(
                      "metadata", Map.of("name", "retrain-ranker-x7k2p", "namespace", "ml"),
                      "spec", Map.of(),
                      "status", Map.of("phase", "Pending"))));
      ArgoWorkflowTemplate template =
          new ArgoWorkflowTemplate(
              "argo",
              server.url("/"),
              "ml",
              "retrain-ranker",
              Map.of("epochs", "3"),
              Optional.of("reason"),
              new Credentials.Bearer("argo-t0ken"));
      TriggerOutcome outcome =
          triggers(SessionMode.DESKTOP).trigger(template, Reasons.ranker(), "ana");

      TriggerOutcome.Started started =
          assertInstanceOf(TriggerOutcome.Started.class, outcome, outcome::message);
      assertEquals(new RunKey("argo", "ml/retrain-ranker-x7k2p"), started.run());
      assertEquals(
          Optional.of(URI.create(server.url("/workflows/ml/retrain-ranker-x7k2p").toString())),
          started.link());
      RecordedRequest post = server.requests().getFirst();
      assertEquals("/api/v1/workflows/ml/submit", post.getUrl().encodedPath());
      JsonNode body = body(post);
      assertEquals("WorkflowTemplate", body.path("resourceKind").asText());
      assertEquals("retrain-ranker", body.path("resourceName").asText());
      JsonNode options = body.path("submitOptions");
      assertEquals("epochs=3", options.path("parameters").get(0).asText());
      assertTrue(
          options
              .path("parameters")
              .get(1)
              .asText()
              .startsWith("reason={\"trigger\":\"fleetscope-drift\""));
      assertEquals(
          "fleetscope.dev/trigger=drift,fleetscope.dev/model=ranker",
          options.path("labels").asText());
    }
  }

  @Test
  void theDryRunIsTheExactRequestWithSecretsMaskedAndSendsNothing() throws Exception {
    try (SpecServer server = new SpecServer(ARGO)) {
      ArgoWorkflowTemplate template =
          new ArgoWorkflowTemplate(
              "argo",
              server.url("/"),
              "ml",
              "retrain-ranker",
              Map.of(),
              Optional.empty(),
              new Credentials.Bearer("argo-t0ken"));
      PreparedTrigger preview = triggers(SessionMode.DESKTOP).preview(template, Reasons.ranker());
      assertEquals(
          "POST "
              + server.url("/api/v1/workflows/ml/submit")
              + "\n"
              + "Accept: application/json\n"
              + "Content-Type: application/json\n"
              + "Authorization: Bearer ••••\n"
              + "\n"
              + "{\"namespace\":\"ml\",\"resourceKind\":\"WorkflowTemplate\",\"resourceName\":"
              + "\"retrain-ranker\",\"submitOptions\":{\"parameters\":[],\"labels\":"
              + "\"fleetscope.dev/trigger=drift,fleetscope.dev/model=ranker\"}}",
          preview.describe());
      assertEquals(List.of(), server.requests());
    }
    try (SpecServer server = new SpecServer(AIRFLOW3, AIRFLOW3_TOKEN)) {
      AirflowDag dag =
          AirflowDag.of("airflow3", server.url("/"), "retrain_ranker", "ops", "s3cret")
              .withVersion(AirflowVersion.V3);
      PreparedTrigger preview = triggers(SessionMode.DESKTOP).preview(dag, Reasons.ranker());
      assertEquals(
          "Bearer •••• (a token from POST " + server.url("/auth/token") + ")",
          preview.headers().get("Authorization"));
      assertEquals(List.of(), server.requests(), "no login, no version probe when it is given");
    }
  }

  @Test
  void readOnlyAndWallSessionsRefuseWithTheReasonAndSendNothing() throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW2, AIRFLOW3)) {
      server.respond(r -> airflow(r, "2.10.5"));
      AirflowDag dag =
          AirflowDag.of("airflow-prod", server.url("/"), "retrain_ranker", "ops", "s3cret");
      for (SessionMode mode : List.of(SessionMode.READ_ONLY, SessionMode.WALL)) {
        TriggerOutcome outcome = triggers(mode).trigger(dag, Reasons.ranker(), "ana");
        assertEquals(
            new TriggerOutcome.Refused(
                "not started: this session is read-only ("
                    + mode.flag()
                    + "), so Airflow "
                    + server.url("/")
                    + ", DAG retrain_ranker was not asked to run; nothing was sent"),
            outcome);
      }
      assertEquals(List.of(), server.requests());
      assertEquals(List.of(), log.triggers(), "nothing was sent, so nothing to audit");
    }
  }

  @Test
  void theHttpLayerRefusesATriggerInReadOnlyEvenPastTheModeCheck() throws Exception {
    try (SpecServer server = new SpecServer(KFP)) {
      server.respond(r -> Responses.json(Map.of("run_id", "never")));
      KubeflowPipeline pipeline =
          new KubeflowPipeline(
              "kfp",
              server.url("/"),
              "p-ranker",
              Optional.empty(),
              Optional.empty(),
              Map.of(),
              Optional.empty(),
              new Credentials.None());
      PipelineTriggers readOnly = triggers(SessionMode.READ_ONLY);
      Protocol protocol = readOnly.protocol(pipeline);
      PreparedTrigger request = protocol.prepare(Reasons.ranker());
      long id =
          log.recordIntent(
                  new dev.fleetscope.model.trigger.TriggerIntent(
                      "ana", pipeline.describe(), request.describe(), "test"))
              .id();
      TriggerOutcome outcome = readOnly.send(pipeline, protocol, request, id);
      TriggerOutcome.NotStarted failed = assertInstanceOf(TriggerOutcome.NotStarted.class, outcome);
      assertTrue(
          failed
              .reason()
              .endsWith("refused POST /apis/v2beta1/runs: this session is read-only (--read-only)"),
          failed.reason());
      assertEquals(List.of(), server.requests(), "the loopback server received nothing");
    }
  }
}
