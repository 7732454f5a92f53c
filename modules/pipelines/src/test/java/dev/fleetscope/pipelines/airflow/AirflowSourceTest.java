package dev.fleetscope.pipelines.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.Settings;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Airflow 2 (stable REST API /api/v1, basic auth) against MockWebServer, every request checked
 * against v1.yaml.
 */
class AirflowSourceTest {
  static final String V1_SPEC = "airflow2-stable-rest-api-v1.openapi.yaml";
  static final String V2_SPEC = "airflow3-rest-api-v2.openapi.yaml";
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  static Map<String, Object> dagRun(
      String dag, String runId, String state, String runType, String start, String end) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("dag_id", dag);
    run.put("dag_run_id", runId);
    run.put("state", state);
    run.put("run_type", runType);
    run.put("start_date", start);
    run.put("end_date", end);
    run.put("logical_date", start);
    run.put("execution_date", start);
    run.put("external_trigger", !"scheduled".equals(runType));
    run.put("conf", Map.of());
    run.put("note", null);
    return run;
  }

  private static MockResponse airflow2(
      RecordedRequest request,
      List<Map<String, Object>> runs,
      List<Map<String, Object>> failedTasks) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return Responses.raw(404, "<html><body>Not Found</body></html>");
    }
    if (path.equals("/api/v1/version")) {
      return Responses.json(Map.of("version", "2.10.5", "git_version", "release:2.10.5"));
    }
    if (path.equals("/api/v1/dags/~/dagRuns")) {
      int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
      int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
      List<Map<String, Object>> page =
          runs.subList(Math.min(offset, runs.size()), Math.min(offset + limit, runs.size()));
      return Responses.json(Map.of("dag_runs", page, "total_entries", runs.size()));
    }
    if (path.endsWith("/taskInstances")) {
      return Responses.json(
          Map.of("task_instances", failedTasks, "total_entries", failedTasks.size()));
    }
    return Responses.status(404, "no route " + path);
  }

  private static AirflowSource source(SpecServer server, Settings settings) {
    return new AirflowSource(settings.settings, server.url("/"), "ops", "s3cret");
  }

  @Test
  void fallsBackToApiV1AndSendsBasicAuth() throws Exception {
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      server.respond(r -> airflow2(r, List.of(), List.of()));
      AirflowSource source = source(server, settings);
      assertEquals(List.of(), source.poll());
      assertEquals(Optional.of(AirflowVersion.V2), source.version());
      RecordedRequest list = server.requests("/dagRuns").getFirst();
      assertEquals(
          "Basic b3BzOnMzY3JldA==", list.getHeaders().get("Authorization")); // base64("ops:s3cret")
      assertEquals("100", list.getUrl().queryParameter("limit"));
    }
  }

  @Test
  void pagesThroughEveryRunOfAllDags() throws Exception {
    List<Map<String, Object>> runs = new ArrayList<>();
    IntStream.range(0, 250)
        .forEach(
            i ->
                runs.add(
                    dagRun(
                        "features_nightly",
                        "scheduled__" + i,
                        "success",
                        "scheduled",
                        "2026-11-22T02:00:00+00:00",
                        "2026-11-22T02:40:00+00:00")));
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      server.respond(r -> airflow2(r, runs, List.of()));
      List<PipelineRun> polled = source(server, settings).poll();
      assertEquals(250, polled.size());
      assertEquals(
          List.of("0", "100", "200"),
          server.requests("/dagRuns").stream()
              .map(r -> r.getUrl().queryParameter("offset"))
              .toList());
    }
  }

  @Test
  void pollsIncrementallyFromTheServerClockOfThePreviousPoll() throws Exception {
    Instant serverTime = Instant.parse("2026-11-23T08:59:30Z");
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      List<Map<String, Object>> runs =
          new ArrayList<>(
              List.of(
                  dagRun(
                      "train",
                      "manual__1",
                      "running",
                      "manual",
                      "2026-11-23T08:00:00+00:00",
                      null)));
      server.respond(
          r -> {
            MockResponse answer = airflow2(r, runs, List.of());
            return r.getUrl().encodedPath().endsWith("/dagRuns")
                ? new MockResponse.Builder(answer)
                    .setHeader("Date", Responses.httpDate(serverTime))
                    .build()
                : answer;
          });
      AirflowSource source = source(server, settings);
      assertEquals(RunState.RUNNING, source.poll().getFirst().state());
      runs.set(
          0,
          dagRun(
              "train",
              "manual__1",
              "success",
              "manual",
              "2026-11-23T08:00:00+00:00",
              "2026-11-23T09:00:30+00:00"));
      settings.clock.advance(java.time.Duration.ofMinutes(1));
      PipelineRun done = source.poll().getFirst();

      List<String> since =
          server.requests("/dagRuns").stream()
              .map(r -> r.getUrl().queryParameter("updated_at_gte"))
              .toList();
      // first: now - 7 days of history; then: the server's Date of the first poll - 1 min overlap
      assertEquals(List.of("2026-11-16T09:00:00Z", "2026-11-23T08:58:30Z"), since);
      assertEquals(RunState.SUCCEEDED, done.state());
      assertEquals(Optional.of(java.time.Duration.ofSeconds(3630)), done.duration());
    }
  }

  @Test
  void newlyFailedRunsGetTheirFailedTasksOnce() throws Exception {
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("task_id", "build_features");
    task.put("dag_id", "features_nightly");
    task.put("dag_run_id", "scheduled__2026-11-23T02:00:00+00:00");
    task.put("state", "failed");
    task.put("try_number", 3);
    task.put("operator", "KubernetesPodOperator");
    task.put("note", "OOMKilled at 14 GiB");
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      server.respond(
          r ->
              airflow2(
                  r,
                  List.of(
                      dagRun(
                          "features_nightly",
                          "scheduled__2026-11-23T02:00:00+00:00",
                          "failed",
                          "scheduled",
                          "2026-11-23T02:00:00+00:00",
                          "2026-11-23T02:31:00+00:00")),
                  List.of(task)));
      AirflowSource source = source(server, settings);
      PipelineRun failed = source.poll().getFirst();
      source.poll();

      assertEquals(
          List.of(
              new FailedTask(
                  "build_features",
                  "failed on try 3 (KubernetesPodOperator): OOMKilled at 14 GiB")),
          failed.failedTasks());
      RecordedRequest tasks = server.requests("/taskInstances").getFirst();
      assertEquals(1, server.requests("/taskInstances").size());
      assertEquals("failed", tasks.getUrl().queryParameter("state"));
      assertEquals(
          Optional.of(
              URI.create(
                  server.url("/")
                      + "dags/features_nightly/grid?dag_run_id=scheduled__2026-11-23T02%3A00%3A00%2B00%3A00")),
          failed.link());
    }
  }

  @Test
  void mapsEveryDagStateAndRunTypeOfTheSpec() throws Exception {
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      String start = "2026-11-23T01:00:00+00:00";
      server.respond(
          r ->
              airflow2(
                  r,
                  List.of(
                      dagRun("a", "q", "queued", "scheduled", null, null),
                      dagRun("a", "r", "running", "manual", start, null),
                      dagRun("a", "s", "success", "backfill", start, "2026-11-23T01:10:00+00:00"),
                      dagRun(
                          "a",
                          "f",
                          "failed",
                          "dataset_triggered",
                          start,
                          "2026-11-23T01:10:00+00:00")),
                  List.of()));
      Map<String, PipelineRun> byId = new LinkedHashMap<>();
      source(server, settings).poll().forEach(run -> byId.put(run.runId(), run));
      assertEquals(
          List.of(RunState.QUEUED, RunState.RUNNING, RunState.SUCCEEDED, RunState.FAILED),
          List.of(
              byId.get("q").state(),
              byId.get("r").state(),
              byId.get("s").state(),
              byId.get("f").state()));
      assertEquals(
          List.of(Trigger.SCHEDULED, Trigger.MANUAL, Trigger.BACKFILL, Trigger.EVENT),
          List.of(
              byId.get("q").trigger(),
              byId.get("r").trigger(),
              byId.get("s").trigger(),
              byId.get("f").trigger()));
    }
  }

  @Test
  void namesTheSourceWhenCredentialsAreRefused() {
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      server.respond(
          r ->
              r.getUrl().encodedPath().endsWith("/dagRuns")
                  ? Responses.json(
                      401,
                      Map.of(
                          "type",
                          "about:blank",
                          "title",
                          "Unauthorized",
                          "status",
                          401,
                          "detail",
                          "No credentials were provided."))
                  : airflow2(r, List.of(), List.of()));
      SourceException e =
          assertThrows(SourceException.class, () -> source(server, settings).poll());
      assertTrue(
          e.getMessage().startsWith("Airflow prod: GET " + server.url("/api/v1/dags/~/dagRuns")),
          e.getMessage());
      assertTrue(
          e.getMessage()
              .contains(
                  "401 Unauthorized: check the credentials (server says: No credentials were provided.)"),
          e.getMessage());
    }
  }

  @Test
  void saysNoAirflowIsThereWhenNeitherVersionAnswers() {
    Settings settings = new Settings("airflow-prod", "Airflow prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(V1_SPEC, V2_SPEC)) {
      server.respond(r -> Responses.raw(404, "<html>nginx</html>"));
      SourceException e =
          assertThrows(SourceException.class, () -> source(server, settings).poll());
      assertEquals(
          "Airflow prod: no Airflow REST API at "
              + server.url("/")
              + ": neither /api/v2/version (Airflow 3) nor /api/v1/version (Airflow 2) was found",
          e.getMessage());
    }
  }
}
