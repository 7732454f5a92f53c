package dev.fleetscope.runtime.pipelines;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An Airflow 2 stand-in on loopback (okhttp's MockWebServer): {@code /api/v2/version} is not found,
 * so the source falls back to the stable REST API {@code /api/v1}, which lists the DAG runs given.
 * The payloads follow the pipelines module's {@code AirflowSourceTest} (dagRun, airflow2), which
 * checks them against Airflow's {@code airflow2-stable-rest-api-v1.openapi.yaml}.
 */
public final class MockAirflow implements AutoCloseable {
  private final MockWebServer server;
  private final List<Map<String, Object>> runs = Collections.synchronizedList(new ArrayList<>());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> triggered = Collections.synchronizedList(new ArrayList<>());

  public MockAirflow() throws IOException {
    server = LoopbackServers.answering(this::answer);
  }

  /** Adds a DAG run; {@code end} null while it runs. */
  public MockAirflow run(String dag, String runId, String state, Instant start, Instant end) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("dag_id", dag);
    run.put("dag_run_id", runId);
    run.put("state", state);
    run.put("run_type", "scheduled");
    run.put("start_date", start.toString());
    run.put("end_date", end == null ? null : end.toString());
    run.put("logical_date", start.toString());
    run.put("execution_date", start.toString());
    run.put("external_trigger", false);
    run.put("conf", Map.of());
    run.put("note", null);
    runs.add(run);
    return this;
  }

  public String url() {
    return server.url("/").toString();
  }

  /** The body of every request that started a DAG run. */
  public List<String> triggered() {
    return List.copyOf(triggered);
  }

  /** The Authorization header of every request to list runs. */
  public List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/v2/version")) {
      return new MockResponse.Builder()
          .code(404)
          .body("<html><body>Not Found</body></html>")
          .build();
    }
    if (path.equals("/api/v1/version")) {
      return JsonAnswers.json(200, Map.of("version", "2.10.5", "git_version", "release:2.10.5"));
    }
    if (path.equals("/api/v1/dags/~/dagRuns")) {
      authorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
      int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
      int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
      List<Map<String, Object>> all = List.copyOf(runs);
      return JsonAnswers.json(
          200,
          Map.of(
              "dag_runs",
              all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
              "total_entries",
              all.size()));
    }
    if (request.getMethod().equals("POST") && path.matches("/api/v1/dags/[^/]+/dagRuns")) {
      // started as Airflow 2 does: queued now, then listed with the others
      String dag = path.split("/")[4];
      triggered.add(request.getBody().utf8());
      run(dag, "manual__" + triggered.size(), "queued", Instant.now(), null);
      return JsonAnswers.json(200, runs.getLast());
    }
    if (path.endsWith("/taskInstances")) {
      return JsonAnswers.json(200, Map.of("task_instances", List.of(), "total_entries", 0));
    }
    return JsonAnswers.json(404, Map.of("detail", "no route " + path));
  }

  @Override
  public void close() {
    server.close();
  }
}
