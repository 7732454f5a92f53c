package dev.fleetscope.pipelines.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.Settings;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Airflow 3 (/api/v2, JWT from POST /auth/token) against MockWebServer, requests checked against
 * v2.yaml.
 */
class Airflow3SourceTest {
  static final String TOKEN_SPEC = "airflow3-simple-auth-manager-token.openapi.yaml";
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  /**
   * An Airflow 3 that issues JWTs valid for {@code lifetime} of the test clock and refuses others.
   */
  static final class Airflow3 {
    final MutableClock clock;
    final Duration lifetime;
    final AtomicInteger issued = new AtomicInteger();
    final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    final Set<String> revoked = ConcurrentHashMap.newKeySet();
    final List<Map<String, Object>> runs = new ArrayList<>();

    Airflow3(MutableClock clock, Duration lifetime) {
      this.clock = clock;
      this.lifetime = lifetime;
    }

    static String jwt(int n, Instant exp) {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return b64.encodeToString(
              "{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
          + "."
          + b64.encodeToString(
              ("{\"sub\":\"ops\",\"n\":" + n + ",\"exp\":" + exp.getEpochSecond() + "}")
                  .getBytes(StandardCharsets.UTF_8))
          + ".c2lnbmF0dXJl";
    }

    MockResponse answer(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (path.equals("/api/v2/version")) {
        return Responses.json(Map.of("version", "3.1.3", "git_version", "release:3.1.3"));
      }
      if (path.equals("/auth/token")) {
        if (!request.getBody().utf8().equals("{\"password\":\"s3cret\",\"username\":\"ops\"}")
            && !request.getBody().utf8().equals("{\"username\":\"ops\",\"password\":\"s3cret\"}")) {
          return Responses.json(401, Map.of("detail", "Invalid credentials"));
        }
        Instant exp = clock.instant().plus(lifetime);
        String token = jwt(issued.incrementAndGet(), exp);
        tokens.put(token, exp);
        return Responses.json(201, Map.of("access_token", token));
      }
      String auth = request.getHeaders().get("Authorization");
      String token = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
      Instant exp = tokens.get(token);
      if (exp == null || revoked.contains(token) || !clock.instant().isBefore(exp)) {
        return Responses.json(401, Map.of("detail", "Invalid JWT token"));
      }
      if (path.equals("/api/v2/dags/~/dagRuns")) {
        int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
        int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
        return Responses.json(
            Map.of(
                "dag_runs",
                runs.subList(Math.min(offset, runs.size()), Math.min(offset + limit, runs.size())),
                "total_entries",
                runs.size()));
      }
      return Responses.json(404, Map.of("detail", "no route " + path));
    }
  }

  static Map<String, Object> dagRun(
      String dag, String runId, String state, String start, String end) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("dag_run_id", runId);
    run.put("dag_id", dag);
    run.put("dag_display_name", dag);
    run.put("logical_date", null); // Airflow 3: manual runs may have none; run_after places them
    run.put("run_after", "2026-11-23T08:00:00Z");
    run.put("queued_at", "2026-11-23T08:00:00Z");
    run.put("start_date", start);
    run.put("end_date", end);
    run.put("duration", null);
    run.put("run_type", "asset_triggered");
    run.put("state", state);
    run.put("triggered_by", "asset");
    run.put("dag_versions", List.of());
    run.put("conf", Map.of());
    return run;
  }

  private static SpecServer server() {
    return new SpecServer(AirflowSourceTest.V2_SPEC, TOKEN_SPEC, AirflowSourceTest.V1_SPEC);
  }

  @Test
  void detectsAirflow3LogsInAndPagesByFifty() throws Exception {
    Settings settings = new Settings("airflow-next", "Airflow next", new MutableClock(NOW));
    Airflow3 airflow = new Airflow3(settings.clock, Duration.ofHours(1));
    IntStream.range(0, 120)
        .forEach(
            i ->
                airflow.runs.add(
                    dagRun(
                        "embeddings",
                        "asset_triggered__" + i,
                        "success",
                        "2026-11-23T08:00:00Z",
                        "2026-11-23T08:05:00Z")));
    try (SpecServer server = server()) {
      server.respond(airflow::answer);
      AirflowSource source = new AirflowSource(settings.settings, server.url("/"), "ops", "s3cret");
      List<PipelineRun> runs = source.poll();

      assertEquals(Optional.of(AirflowVersion.V3), source.version());
      assertEquals(120, runs.size());
      assertEquals(
          List.of("0", "50", "100"),
          server.requests("/dagRuns").stream()
              .map(r -> r.getUrl().queryParameter("offset"))
              .toList());
      assertEquals(
          List.of("50", "50", "50"),
          server.requests("/dagRuns").stream()
              .map(r -> r.getUrl().queryParameter("limit"))
              .toList());
      assertEquals(
          "Bearer " + Airflow3.jwt(1, NOW.plus(Duration.ofHours(1))),
          server.requests("/dagRuns").getFirst().getHeaders().get("Authorization"));
      PipelineRun run =
          runs.stream()
              .filter(r -> r.runId().equals("asset_triggered__7"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          Optional.of(URI.create(server.url("/") + "dags/embeddings/runs/asset_triggered__7")),
          run.link());
      assertEquals(Optional.of(Duration.ofMinutes(5)), run.duration());
    }
  }

  @Test
  void renewsTheTokenShortlyBeforeItExpires() throws Exception {
    Settings settings = new Settings("airflow-next", "Airflow next", new MutableClock(NOW));
    Airflow3 airflow = new Airflow3(settings.clock, Duration.ofMinutes(10));
    airflow.runs.add(dagRun("embeddings", "r1", "running", "2026-11-23T08:50:00Z", null));
    try (SpecServer server = server()) {
      server.respond(airflow::answer);
      AirflowSource source = new AirflowSource(settings.settings, server.url("/"), "ops", "s3cret");
      source.poll();
      settings.clock.advance(Duration.ofMinutes(5)); // 5 min left: token still used
      source.poll();
      settings.clock.advance(
          Duration.ofSeconds(280)); // 20 s left, inside the 30 s margin: renewed first
      assertEquals(RunState.RUNNING, source.poll().getFirst().state());

      assertEquals(2, server.requests("/auth/token").size());
      assertEquals(
          List.of(1, 1, 2),
          server.requests("/dagRuns").stream()
              .map(
                  r ->
                      r.getHeaders()
                              .get("Authorization")
                              .equals("Bearer " + Airflow3.jwt(1, NOW.plus(Duration.ofMinutes(10))))
                          ? 1
                          : 2)
              .toList());
    }
  }

  @Test
  void logsInAgainOnceWhenTheServerRejectsItsToken() throws Exception {
    Settings settings = new Settings("airflow-next", "Airflow next", new MutableClock(NOW));
    Airflow3 airflow = new Airflow3(settings.clock, Duration.ofHours(1));
    try (SpecServer server = server()) {
      server.respond(airflow::answer);
      AirflowSource source = new AirflowSource(settings.settings, server.url("/"), "ops", "s3cret");
      source.poll();
      airflow.revoked.addAll(
          airflow.tokens.keySet()); // e.g. the server restarted with a new secret key
      source.poll();

      assertEquals(2, airflow.issued.get());
      assertEquals(
          3, server.requests("/dagRuns").size()); // refused once, then retried with the new token
    }
  }

  @Test
  void namesTheSourceWhenTheLoginIsRefused() {
    Settings settings = new Settings("airflow-next", "Airflow next", new MutableClock(NOW));
    Airflow3 airflow = new Airflow3(settings.clock, Duration.ofHours(1));
    try (SpecServer server = server()) {
      server.respond(airflow::answer);
      AirflowSource source = new AirflowSource(settings.settings, server.url("/"), "ops", "wrong");
      SourceException e = assertThrows(SourceException.class, source::poll);
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Airflow next: POST "
                      + server.url("/auth/token")
                      + " was refused with 401 Unauthorized: check the credentials (server says: Invalid credentials)"),
          e.getMessage());
    }
  }
}
