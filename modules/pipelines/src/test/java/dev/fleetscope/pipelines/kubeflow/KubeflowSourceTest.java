package dev.fleetscope.pipelines.kubeflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.Settings;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Kubeflow Pipelines v2beta1 against MockWebServer, every request checked against the saved Swagger
 * spec.
 */
class KubeflowSourceTest {
  static final String SPEC = "kubeflow-pipelines-v2beta1-kfp_api_single_file.swagger.json";
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, Object> run(String id, String state, String created, String finished) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("experiment_id", "exp-1");
    run.put("run_id", id);
    run.put("display_name", "retrain " + id);
    run.put("storage_state", "AVAILABLE");
    run.put(
        "pipeline_version_reference",
        Map.of("pipeline_id", "p-churn", "pipeline_version_id", "v-7"));
    run.put("runtime_config", Map.of("parameters", Map.of()));
    run.put("created_at", created);
    run.put("scheduled_at", created);
    run.put("finished_at", finished == null ? "1970-01-01T00:00:00Z" : finished);
    run.put("state", state);
    run.put("recurring_run_id", "rr-weekly");
    return run;
  }

  private static KubeflowSource source(SpecServer server, Settings settings) {
    return new KubeflowSource(
        settings.settings,
        server.url("/"),
        Credentials.bearerOrNone("kfp-token"),
        Optional.of("team-ml"));
  }

  /** Serves {@code runs} in pages of two by page token, and the churn pipeline by id. */
  private static MockResponse kfp(RecordedRequest request, List<Map<String, Object>> runs) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/apis/v2beta1/pipelines/p-churn")) {
      return Responses.json(
          Map.of("pipeline_id", "p-churn", "display_name", "churn-retrain", "name", "churn"));
    }
    if (path.equals("/apis/v2beta1/runs")) {
      String token = request.getUrl().queryParameter("page_token");
      int from = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
      int to = Math.min(from + 2, runs.size());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("runs", runs.subList(from, to));
      body.put("total_size", runs.size());
      if (to < runs.size()) {
        body.put("next_page_token", "page-" + to);
      }
      return Responses.json(body);
    }
    return Responses.json(404, Map.of("code", 5, "message", "not found: " + path));
  }

  @Test
  void pagesByTokenToTheEndWithFilterSortAndBearer() throws Exception {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    List<Map<String, Object>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(
          run(
              "r" + i,
              "SUCCEEDED",
              "2026-11-2" + i + "T03:00:00Z",
              "2026-11-2" + i + "T05:00:00Z"));
    }
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(r -> kfp(r, runs));
      List<PipelineRun> polled = source(server, settings).poll();

      assertEquals(5, polled.size());
      List<RecordedRequest> lists = server.requests("/apis/v2beta1/runs");
      assertEquals(3, lists.size());
      assertEquals(
          java.util.Arrays.asList(null, "page-2", "page-4"),
          lists.stream().map(r -> r.getUrl().queryParameter("page_token")).toList());
      RecordedRequest first = lists.getFirst();
      assertEquals("Bearer kfp-token", first.getHeaders().get("authorization"));
      assertEquals("created_at desc", first.getUrl().queryParameter("sort_by"));
      assertEquals("team-ml", first.getUrl().queryParameter("namespace"));
      JsonNode filter = JSON.readTree(first.getUrl().queryParameter("filter"));
      assertEquals(
          "{\"key\":\"created_at\",\"operation\":\"GREATER_THAN_EQUALS\",\"timestamp_value\":\"2026-11-16T09:00:00Z\"}",
          JSON.writeValueAsString(
              JSON.treeToValue(filter.path("predicates").get(0), java.util.TreeMap.class)));
      PipelineRun r3 =
          polled.stream().filter(r -> r.runId().equals("r3")).findFirst().orElseThrow();
      assertEquals("churn-retrain", r3.pipeline()); // looked up once by pipeline id
      assertEquals(1, server.requests("/pipelines/p-churn").size());
      assertEquals(Trigger.SCHEDULED, r3.trigger());
      assertEquals(Optional.of(Duration.ofHours(2)), r3.duration());
      assertEquals(Optional.of(URI.create(server.url("/") + "#/runs/details/r3")), r3.link());
    }
  }

  @Test
  void laterPollsReachBackOnlyToTheOldestRunStillOpen() throws Exception {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    List<Map<String, Object>> runs =
        new ArrayList<>(
            List.of(
                run("old", "SUCCEEDED", "2026-11-20T03:00:00Z", "2026-11-20T05:00:00Z"),
                run("open", "RUNNING", "2026-11-23T07:30:00Z", null)));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r ->
              new MockResponse.Builder(kfp(r, runs))
                  .setHeader("Date", Responses.httpDate(Instant.parse("2026-11-23T09:00:05Z")))
                  .build());
      KubeflowSource source = source(server, settings);
      source.poll();
      settings.clock.advance(Duration.ofMinutes(1));
      source.poll();

      JsonNode second =
          JSON.readTree(
              server.requests("/apis/v2beta1/runs").getLast().getUrl().queryParameter("filter"));
      // the open run was created 07:30; minus the one-minute overlap
      assertEquals(
          "2026-11-23T07:29:00Z",
          second.path("predicates").get(0).path("timestamp_value").asText());
    }
  }

  @Test
  void mapsEveryRuntimeStateOfTheSpec() throws Exception {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    String created = "2026-11-23T03:00:00Z";
    String finished = "2026-11-23T04:00:00Z";
    List<Map<String, Object>> runs =
        List.of(
            run("unspecified", "RUNTIME_STATE_UNSPECIFIED", created, null),
            run("pending", "PENDING", created, null),
            run("running", "RUNNING", created, null),
            run("succeeded", "SUCCEEDED", created, finished),
            run("skipped", "SKIPPED", created, finished),
            run("failed", "FAILED", created, finished),
            run("canceling", "CANCELING", created, null),
            run("canceled", "CANCELED", created, finished),
            run("paused", "PAUSED", created, null));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r ->
              r.getUrl().encodedPath().startsWith("/apis/v2beta1/runs/")
                  ? Responses.json(Map.of("run_id", "failed", "state", "FAILED"))
                  : kfp(r, runs));
      Map<String, RunState> states = new LinkedHashMap<>();
      source(server, settings).poll().forEach(r -> states.put(r.runId(), r.state()));
      assertEquals(
          Map.of(
              "unspecified",
              RunState.UNKNOWN,
              "pending",
              RunState.QUEUED,
              "running",
              RunState.RUNNING,
              "succeeded",
              RunState.SUCCEEDED,
              "skipped",
              RunState.SKIPPED,
              "failed",
              RunState.FAILED,
              "canceling",
              RunState.CANCELED,
              "canceled",
              RunState.CANCELED,
              "paused",
              RunState.PAUSED),
          states);
    }
  }

  @Test
  void failedRunsCarryTheirFailedTasksAndErrors() throws Exception {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    Map<String, Object> failed =
        run("f1", "FAILED", "2026-11-23T03:00:00Z", "2026-11-23T03:40:00Z");
    failed.put("pipeline_spec", Map.of("pipelineInfo", Map.of("name", "ranking-train")));
    failed.put(
        "state_history",
        List.of(
            Map.of("update_time", "2026-11-23T03:00:00Z", "state", "PENDING"),
            Map.of("update_time", "2026-11-23T03:02:00Z", "state", "RUNNING"),
            Map.of("update_time", "2026-11-23T03:40:00Z", "state", "FAILED")));
    failed.put(
        "run_details",
        Map.of(
            "task_details",
            List.of(
                Map.of("task_id", "t1", "display_name", "preprocess", "state", "SUCCEEDED"),
                Map.of(
                    "task_id",
                    "t2",
                    "display_name",
                    "train",
                    "state",
                    "FAILED",
                    "error",
                    Map.of("code", 2, "message", "CUDA out of memory")))));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(r -> kfp(r, List.of(failed)));
      PipelineRun run = source(server, settings).poll().getFirst();
      assertEquals("ranking-train", run.pipeline()); // from the compiled spec, no lookup
      assertEquals(List.of(new FailedTask("train", "CUDA out of memory")), run.failedTasks());
      assertEquals(
          Optional.of(Instant.parse("2026-11-23T03:02:00Z")), run.start()); // first RUNNING
      assertEquals(Optional.of(Duration.ofMinutes(38)), run.duration());
    }
  }

  @Test
  void waitsAsToldByRetryAfterOn429ThenSucceeds() throws Exception {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    AtomicInteger calls = new AtomicInteger();
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r ->
              calls.incrementAndGet() == 1
                  ? new MockResponse.Builder(
                          Responses.json(429, Map.of("code", 8, "message", "slow down")))
                      .setHeader("Retry-After", "7")
                      .build()
                  : kfp(r, List.of()));
      assertEquals(List.of(), source(server, settings).poll());
      assertEquals(List.of(Duration.ofSeconds(7)), settings.waits);
    }
  }

  @Test
  void givesUpOn503AfterItsAttemptsNamingTheSource() {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r -> Responses.json(503, Map.of("code", 14, "message", "upstream connect error")));
      SourceException e =
          assertThrows(SourceException.class, () -> source(server, settings).poll());
      assertTrue(
          e.getMessage().startsWith("Kubeflow ml: GET " + server.url("/apis/v2beta1/runs")),
          e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  "was still unavailable (503 Service Unavailable) after 3 attempts"
                      + " (server says: upstream connect error)"),
          e.getMessage());
      assertEquals(
          List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)),
          settings.waits); // exponential, no Retry-After
    }
  }

  @Test
  void malformedJsonFailsThePollWithLineAndColumn() {
    Settings settings = new Settings("kfp", "Kubeflow ml", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(r -> Responses.raw(200, "{\"runs\": [\n  {\"run_id\": \"r1\",}\n]}"));
      SourceException e =
          assertThrows(SourceException.class, () -> source(server, settings).poll());
      assertTrue(e.getMessage().startsWith("Kubeflow ml: GET " + server.url("/")), e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  " answered something that is not JSON (HTTP 200, line 2, column 19); the answer begins: "
                      + "{\"runs\": [ {\"run_id\": \"r1\",} ]}"),
          e.getMessage());
    }
  }
}
