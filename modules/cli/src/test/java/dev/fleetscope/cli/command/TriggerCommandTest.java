package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerRecord;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code fleetscope trigger} against loopback servers that check each request against the
 * orchestrators' published API specs (those of the pipelines module's trigger tests).
 */
class TriggerCommandTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final String AIRFLOW2 = "airflow2-stable-rest-api-v1.openapi.yaml";
  static final String AIRFLOW3 = "airflow3-rest-api-v2.openapi.yaml";
  static final String KFP = "kubeflow-pipelines-v2beta1-kfp_api_single_file.swagger.json";
  static final String ARGO = "argo-workflows-server.swagger.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  record Result(int exit, String out, String err) {}

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(
            new TriggerCommand(
                new Host(new AppDirs(data, data), Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), 1),
                new OkHttpClient()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = data.toString();
    int exit = cli.execute(all);
    return new Result(exit, out.toString(), err.toString());
  }

  static MockResponse airflow2(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return Responses.raw(404, "<html>Not Found</html>");
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

  private List<TriggerRecord> audited() {
    try (SqliteAuditLog log =
        SqliteAuditLog.open(data.resolve(SqliteAuditLog.FILE_NAME), Clock.systemUTC())) {
      return log.triggers();
    }
  }

  @Test
  void startsAnAirflowDagRunWithTheGivenConfAndAuditsIt() throws Exception {
    try (SpecServer server = new SpecServer(AIRFLOW2, AIRFLOW3)) {
      server.respond(TriggerCommandTest::airflow2);
      Result result =
          run(
              "--airflow", server.url("/").toString(),
              "--airflow-user", "ops",
              "--airflow-password", "s3cret",
              "--dag", "retrain_ranker",
              "--conf", "{\"epochs\": 3}",
              "--model", "ranker");

      assertEquals(0, result.exit(), result.err());
      assertTrue(
          result.out().startsWith("Started run manual__2026-11-23T09:00:00+00:00 of Airflow"),
          result.out());
      RecordedRequest post = server.requests("/api/v1/dags/retrain_ranker/dagRuns").getFirst();
      JsonNode conf = JSON.readTree(post.getBody().utf8()).path("conf");
      assertEquals(3, conf.path("epochs").asInt());
      assertEquals("fleetscope-manual", conf.path("fleetscope_reason").path("trigger").asText());
      assertEquals("ranker", conf.path("fleetscope_reason").path("model").asText());
      TriggerRecord record = audited().getFirst();
      assertEquals(
          TriggerAnswer.Outcome.STARTED,
          record.answer().orElseThrow().outcome(),
          record.toString());
      assertTrue(record.intent().target().contains("retrain_ranker"), record.toString());
    }
  }

  @Test
  void aDryRunPrintsTheExactRequestAndSendsNothing() throws Exception {
    try (SpecServer server = new SpecServer(KFP)) {
      Result result =
          run(
              "--kfp",
              server.url("/").toString(),
              "--kfp-token",
              "kfp-t0ken",
              "--pipeline",
              "p-ranker",
              "--pipeline-version",
              "v-12",
              "--parameter",
              "epochs=3",
              "--dry-run");

      assertEquals(0, result.exit(), result.err());
      assertTrue(
          result.out().startsWith("POST " + server.url("/apis/v2beta1/runs") + "\n"), result.out());
      assertTrue(result.out().contains("Authorization: Bearer ••••\n"), result.out());
      assertTrue(!result.out().contains("kfp-t0ken"), "the token is masked");
      String body = result.out().substring(result.out().indexOf("\n\n") + 2).strip();
      JsonNode json = JSON.readTree(body);
      assertEquals("3", json.path("runtime_config").path("parameters").path("epochs").asText());
      assertEquals("Dry run: nothing was sent.\n", result.err());
      assertEquals(0, server.requests().size(), "nothing reached the server");
      assertTrue(audited().isEmpty(), "a dry run is not a trigger");
    }
  }

  @Test
  void readOnlyRefusesWithTheReasonAndSendsNothing() throws Exception {
    try (SpecServer server = new SpecServer(ARGO)) {
      Result result =
          run(
              "--argo-server",
              server.url("/").toString(),
              "--argo-namespace",
              "ml",
              "--template",
              "retrain-ranker",
              "--read-only");

      assertEquals(1, result.exit());
      assertTrue(
          result.err().startsWith("not started: this session is read-only (--read-only)"),
          result.err());
      assertEquals(0, server.requests().size());
    }
  }

  @Test
  void anOrchestratorThatCannotBeReachedIsASourceFailureInOneLine() throws Exception {
    int closed = CliTestSupport.closedPort();
    Result result = run("--kfp", "http://127.0.0.1:" + closed + "/", "--pipeline", "p-churn");

    assertEquals(ExitCode.SOURCE_FAILED, result.exit());
    assertEquals("", result.out());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(
        result.err().startsWith("fleetscope trigger: Kubeflow Pipelines http://127.0.0.1:")
            && result.err().contains("connection refused")
            && result.err().strip().endsWith("(recorded in the audit log as trigger 1)"),
        result.err());
    assertEquals(1, audited().size(), "the attempt is audited, its outcome unknown");
  }

  @Test
  void argoSubmitsTheTemplateLabelledAsAManualRun() throws Exception {
    try (SpecServer server = new SpecServer(ARGO)) {
      server.respond(
          r ->
              Responses.json(
                  Map.of(
                      "metadata", Map.of("name", "retrain-ranker-x7k2p", "namespace", "ml"),
                      "spec", Map.of(),
                      "status", Map.of("phase", "Pending"))));
      Result result =
          run(
              "--argo-server", server.url("/").toString(),
              "--argo-token", "argo-t0ken",
              "--argo-namespace", "ml",
              "--template", "retrain-ranker",
              "--parameter", "epochs=3");

      assertEquals(0, result.exit(), result.err());
      assertTrue(result.out().startsWith("Started run ml/retrain-ranker-x7k2p"), result.out());
      JsonNode options =
          JSON.readTree(server.requests().getFirst().getBody().utf8()).path("submitOptions");
      assertEquals(
          "fleetscope.dev/trigger=manual,fleetscope.dev/model=retrain-ranker",
          options.path("labels").asText());
    }
  }

  @Test
  void namesWhatIsMissing() {
    Result result = run("--airflow", "http://127.0.0.1:1/", "--dag", "d");
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("--airflow needs --airflow-user"), result.err());
  }
}
