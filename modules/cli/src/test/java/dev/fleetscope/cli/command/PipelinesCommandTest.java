package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.runtime.pipelines.LabKubeconfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PipelinesCommandTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:10:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new PipelinesCommand(Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void jsonHasExactlyTheFieldsTheIssueSpecifies() throws Exception {
    Result result = run("--format", "json", "--since", "7d", "--state", "failed");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.err().contains("demo fleet"), result.err());
    JsonNode root = JSON.readTree(result.out());
    assertEquals(List.of("runs"), names(root));
    assertFalse(root.get("runs").isEmpty(), "a week of demo runs has failures");
    for (JsonNode run : root.get("runs")) {
      assertEquals(
          List.of(
              "source",
              "pipeline",
              "run_id",
              "state",
              "start",
              "end",
              "duration_s",
              "failed_tasks",
              "url"),
          names(run));
      assertEquals("failed", run.get("state").asText());
      Instant start = OffsetDateTime.parse(run.get("start").asText()).toInstant();
      Instant end = OffsetDateTime.parse(run.get("end").asText()).toInstant();
      assertTrue(!start.isBefore(NOW.minus(Duration.ofDays(7))), "within --since 7d: " + start);
      assertEquals(Duration.between(start, end).toSeconds(), run.get("duration_s").asLong());
      assertTrue(run.get("duration_s").isIntegralNumber());
      assertEquals(List.of("task", "message"), names(run.get("failed_tasks").get(0)));
      assertTrue(run.get("url").isNull());
    }
  }

  @Test
  void tableCarriesUnitsInItsHeaders() {
    Result result = run("--since", "2h");
    assertEquals(0, result.exit(), result.err());
    String header = result.out().lines().findFirst().orElseThrow();
    assertTrue(header.contains("START (UTC)") && header.contains("DURATION (h:mm:ss)"), header);
    // ingest_events runs hourly at :05: the 08:05 run finished and the 09:05 one is still running
    // (09:10)
    assertTrue(
        result.out().lines().anyMatch(l -> l.contains("ingest_events") && l.contains("running")),
        result.out());
  }

  @Test
  void kubeflowRunsAreListedAsJson() throws Exception {
    try (MockWebServer kfp = new MockWebServer()) {
      kfp.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body(
                  """
          {"runs":[{"run_id":"f1","display_name":"nightly","state":"FAILED",
            "created_at":"2026-11-23T03:00:00Z","finished_at":"2026-11-23T03:12:30.500Z",
            "pipeline_spec":{"pipelineInfo":{"name":"ranking-train"}},
            "run_details":{"task_details":[{"display_name":"train","state":"FAILED",
              "error":{"message":"CUDA out of memory"}}]}}],"total_size":1}""")
              .build());
      kfp.start();
      Result result = run("--kfp", kfp.url("/").toString(), "--format", "json");
      assertEquals(0, result.exit(), result.err());
      assertEquals(
          "{\"runs\":[{\"source\":\"kfp\",\"pipeline\":\"ranking-train\",\"run_id\":\"f1\",\"state\":\"failed\","
              + "\"start\":\"2026-11-23T03:00:00Z\",\"end\":\"2026-11-23T03:12:30.500Z\",\"duration_s\":750.5,"
              + "\"failed_tasks\":[{\"task\":\"train\",\"message\":\"CUDA out of memory\"}],"
              + "\"url\":\""
              + kfp.url("/")
              + "#/runs/details/f1\"}]}",
          result.out().strip());
      assertEquals(
          null, kfp.takeRequest().getHeaders().get("authorization")); // no token given, none sent
    }
  }

  @Test
  void whenNoSourceAnswersNothingIsPrintedThatCouldReadAsNoRuns() throws Exception {
    int closed = CliTestSupport.closedPort();
    Result result = run("--kfp", "http://127.0.0.1:" + closed + "/");
    assertEquals(ExitCode.SOURCE_FAILED, result.exit());
    assertEquals("", result.out(), "no empty table beside the failure");
    assertTrue(result.err().contains("connection refused"), result.err());
  }

  @Test
  void aFailingSourceIsReportedAndTheOthersStillListed() throws Exception {
    try (MockWebServer kfp = new MockWebServer();
        MockWebServer argo = new MockWebServer()) {
      kfp.enqueue(
          new MockResponse.Builder()
              .code(401)
              .body("{\"code\":16,\"message\":\"token expired\"}")
              .build());
      argo.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body(
                  """
          {"metadata":{},"items":[{"metadata":{"name":"scoring-x1","namespace":"argo",
            "creationTimestamp":"2026-11-23T04:30:00Z","labels":{"workflows.argoproj.io/cron-workflow":"scoring"}},
            "status":{"phase":"Succeeded","startedAt":"2026-11-23T04:30:00Z","finishedAt":"2026-11-23T05:20:00Z"}}]}
          """)
              .build());
      kfp.start();
      argo.start();
      Result result =
          run("--kfp", kfp.url("/").toString(), "--argo-server", argo.url("/").toString());
      assertEquals(ExitCode.SOURCE_FAILED, result.exit());
      assertTrue(
          result
              .err()
              .contains("fleetscope pipelines: Kubeflow Pipelines " + kfp.url("/") + ": GET "),
          result.err());
      assertTrue(
          result
              .err()
              .contains("401 Unauthorized: check the credentials (server says: token expired)"),
          result.err());
      assertTrue(
          result.out().contains("scoring") && result.out().contains("0:50:00"), result.out());
    }
  }

  @Test
  void argoContextWithoutKubernetesWiringIsAUsageError() {
    Result result = run("--argo-context", "prod");
    assertEquals(2, result.exit());
    assertTrue(
        result.err().contains("--argo-context needs the console's Kubernetes wiring"),
        result.err());
  }

  @Test
  void argoIsReadThroughAContextOrAnArgoServerNotBoth() {
    Result result = run("--argo-context", "prod", "--argo-server", "http://127.0.0.1:2746");
    assertEquals(2, result.exit());
    assertTrue(
        result.err().contains("give --argo-context or --argo-server, not both"), result.err());
  }

  @Test
  void argoContextListsWorkflowsThroughTheKubernetesApiOfAScriptedApiserverStandIn(
      @TempDir Path dir) throws Exception {
    try (MockWebServer apiserver = new MockWebServer()) {
      Instant started = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
      apiserver.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body(
                  """
          {"kind":"WorkflowList","apiVersion":"argoproj.io/v1alpha1","metadata":{"resourceVersion":"9"},"items":[
           {"metadata":{"name":"scoring-x1","namespace":"ml","creationTimestamp":"%1$s",
             "labels":{"workflows.argoproj.io/cron-workflow":"scoring"}},
            "status":{"phase":"Succeeded","startedAt":"%1$s","finishedAt":"%2$s"}}]}
          """
                      .formatted(started, started.plus(Duration.ofMinutes(50))))
              .build());
      apiserver.start();
      Path kubeconfig = LabKubeconfig.write(dir, apiserver.url("/").toString());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli =
          new CommandLine(
              new PipelinesCommand(
                  CliTestSupport.HOST)); // the console's wiring: kubeconfig contexts
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));

      int exit =
          cli.execute(
              "--argo-context",
              "lab",
              "--kubeconfig",
              kubeconfig.toString(),
              "--argo-namespace",
              "ml",
              "--format",
              "json");

      assertEquals(0, exit, err.toString());
      JsonNode run = JSON.readTree(out.toString()).get("runs").get(0);
      assertEquals("argo", run.get("source").asText());
      assertEquals("scoring", run.get("pipeline").asText());
      assertEquals("ml/scoring-x1", run.get("run_id").asText());
      assertEquals(3000, run.get("duration_s").asLong());
      RecordedRequest request = apiserver.takeRequest();
      assertEquals(
          "/apis/argoproj.io/v1alpha1/namespaces/ml/workflows?limit=100", request.getTarget());
      assertEquals("Bearer s3cret", request.getHeaders().get("Authorization"));
    }
  }

  @Test
  void badSinceAndStateAreNamed() {
    assertTrue(
        run("--since", "yesterday")
            .err()
            .contains("'yesterday' is not a duration: use e.g. 30m, 24h, 7d"));
    assertTrue(run("--state", "broken").err().contains("unknown run state 'broken'"));
    assertTrue(run("--airflow", "http://af:8080").err().contains("--airflow needs --airflow-user"));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
