package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.MockPrometheus.EMPTY_VECTOR;
import static dev.fleetscope.prometheus.MockPrometheus.error;
import static dev.fleetscope.prometheus.MockPrometheus.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of the client against scripted answers (MockWebServer): methods, parameters,
 * retries, failures.
 */
class PrometheusClientTest {
  private static final PromQuery UP = new PromQuery("targets up", "up");
  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

  private MockWebServer server;
  private PrometheusClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = new PrometheusClient(MockPrometheus.settings(server));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void sendsShortQueriesAsGetWithTimeAndTimeout() throws Exception {
    server.enqueue(ok(EMPTY_VECTOR));

    client.query(UP, T, (l, s) -> {});

    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/query", request.getUrl().encodedPath());
    assertEquals("up", request.getUrl().queryParameter("query"));
    assertEquals("1795168800", request.getUrl().queryParameter("time"));
    assertEquals("120", request.getUrl().queryParameter("timeout"));
  }

  @Test
  void sendsLongQueriesAsPostFormSoNoProxyAnswers414() throws Exception {
    server.enqueue(ok(EMPTY_VECTOR));
    String longQuery = "sum(" + "up or ".repeat(500) + "up)";

    client.queryRange(
        new PromQuery("long", longQuery),
        T,
        T.plusSeconds(600),
        Duration.ofMinutes(5),
        (l, s) -> {});

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertNull(request.getUrl().queryParameter("query"));
    assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
    String form = request.getBody().utf8();
    assertTrue(form.startsWith("query=sum%28up+or+up+or"), form.substring(0, 40));
    assertTrue(
        form.endsWith("%29&start=1795168800&end=1795169400&step=300&timeout=120"),
        form.substring(form.length() - 80));
  }

  @Test
  void keepsThePathPrefixOfTheBaseUrl() throws Exception {
    server.enqueue(ok(EMPTY_VECTOR));
    try (PrometheusClient mimir =
        new PrometheusClient(ConnectionSettings.forUrl(server.url("/prometheus").toString()))) {
      mimir.query(UP, T, (l, s) -> {});
    }

    assertEquals("/prometheus/api/v1/query", server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void retriesA503WithBackoffThenReadsTheAnswer() throws Exception {
    server.enqueue(error(503, "timeout", "query timed out in query execution"));
    server.enqueue(new MockResponse.Builder().code(503).body("overloaded").build());
    server.enqueue(ok(EMPTY_VECTOR));

    client.query(UP, T, (l, s) -> {});

    assertEquals(3, server.getRequestCount());
    assertEquals(3, client.requestsSent());
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheServersTimeoutMessage() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "timeout", "query timed out in query execution"));
    }

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

    assertEquals(Problem.TIMEOUT, e.problem());
    assertEquals(3, server.getRequestCount());
    assertEquals(
        "Prometheus at "
            + server.url("/").toString().replaceAll("/$", "")
            + " timed out evaluating the query for query "
            + "\"targets up\" (up): HTTP 503, timeout: query timed out in query execution. Tried again with backoff; raise the "
            + "query timeout or use a coarser step",
        e.getMessage());
  }

  @Test
  void doesNotRetryABadQuery() {
    server.enqueue(
        error(
            400,
            "bad_data",
            "invalid parameter \"query\": 1:12: parse error: unclosed left parenthesis"));

    PrometheusException e =
        assertThrows(
            PrometheusException.class,
            () -> client.query(new PromQuery("CPU usage", "rate(foo[5m]"), T, (l, s) -> {}));

    assertEquals(Problem.BAD_DATA, e.problem());
    assertEquals(1, server.getRequestCount());
    assertTrue(
        e.getMessage()
            .contains(
                "rejected the query as invalid for query \"CPU usage\" (rate(foo[5m]): HTTP 400, "
                    + "bad_data: invalid parameter \"query\": 1:12: parse error: unclosed left parenthesis"),
        e.getMessage());
  }

  @Test
  void doesNotRetryARequestThatPassedItsDeadline() throws IOException {
    ConnectionSettings slow =
        MockPrometheus.settings(server)
            .withTimeouts(
                Timeouts.DEFAULT
                    .withQuery(Duration.ofMillis(100))
                    .withDeadlines(
                        new Deadlines(
                            Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10)))
                    .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10)));
    server.enqueue(
        new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(EMPTY_VECTOR).build());
    try (PrometheusClient impatient = new PrometheusClient(slow)) {
      PrometheusException e =
          assertThrows(PrometheusException.class, () -> impatient.query(UP, T, (l, s) -> {}));

      assertEquals(Problem.CLIENT_TIMEOUT, e.problem());
      assertEquals(1, impatient.requestsSent());
      assertTrue(
          e.getMessage()
              .contains(
                  ": "
                      + server.url("/api/v1/query")
                      + " sent nothing for 300 ms (read deadline). Not tried again"),
          e.getMessage());
    }
  }

  @Test
  void surfacesWarningsAndInfosPrefixedWithTheQuery() throws PrometheusException {
    server.enqueue(
        ok(
            """
        {"status":"success","data":{"resultType":"vector","result":[]},"warnings":["partial response: store down"],
         "infos":["PromQL info: metric might not be a counter"]}"""));

    Annotations annotations = client.query(UP, T, (l, s) -> {});

    assertEquals(List.of("targets up: partial response: store down"), annotations.warnings());
    assertEquals(
        List.of("targets up: PromQL info: metric might not be a counter"), annotations.infos());
  }

  @Test
  void reportsAnAnswerThatIsNotJsonAsMalformed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html>login</html>")
            .build());

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

    assertEquals(Problem.MALFORMED_RESPONSE, e.problem());
    assertTrue(
        e.getMessage()
            .endsWith(
                ": HTTP 200, "
                    + server.url("/api/v1/query")
                    + " answered HTTP 200 but it is text/html, not JSON; the answer begins: <html>login</html>"),
        e.getMessage());
  }

  @Test
  void reportsTruncatedJsonAsMalformedWithItsPosition() {
    server.enqueue(
        ok(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{}"));

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

    assertEquals(Problem.MALFORMED_RESPONSE, e.problem());
    assertTrue(
        e.getMessage()
            .contains(
                " answered something that is not JSON: it ends before it is complete (HTTP 200, line 1, column 73); "
                    + "the answer begins: {\"status\":\"success\""),
        e.getMessage());
    assertFalse(e.getMessage().contains("Source:"), e.getMessage());
  }

  @Test
  void reportsARefusedConnectionWithoutRetrying() throws IOException {
    int port = server.getPort();
    server.close();

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

    assertEquals(Problem.CONNECTION, e.problem());
    assertEquals(1, client.requestsSent());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Prometheus at http://"
                    + server.getHostName()
                    + ":"
                    + port
                    + " could not be reached "
                    + "for query \"targets up\" (up): http://"
                    + server.getHostName()
                    + ":"
                    + port
                    + "/api/v1/query could not be reached: connection refused"),
        e.getMessage());
  }

  @Test
  void readsBuildInfoLabelNamesAndSeries() throws PrometheusException, InterruptedException {
    server.enqueue(
        ok(
            "{\"status\":\"success\",\"data\":{\"version\":\"2.42.0\",\"revision\":\"abc\",\"goVersion\":\"go1.19\"}}"));
    server.enqueue(ok("{\"status\":\"success\",\"data\":[\"__name__\",\"pod\"]}"));
    server.enqueue(
        ok("{\"status\":\"success\",\"data\":[{\"__name__\":\"up\",\"job\":\"node\"}]}"));

    assertEquals(new BuildInfo("2.42.0", "abc", "go1.19"), client.buildInfo());
    assertEquals(
        List.of("__name__", "pod"), client.labelNames(List.of("up"), T.minusSeconds(60), T));
    assertEquals(
        List.of(java.util.Map.of("__name__", "up", "job", "node")),
        client.series(List.of("up"), T.minusSeconds(60), T));
    server.takeRequest();
    RecordedRequest labels = server.takeRequest();
    assertEquals("/api/v1/labels", labels.getUrl().encodedPath());
    assertEquals(List.of("up"), labels.getUrl().queryParameterValues("match[]"));
    assertFalse(labels.getUrl().queryParameterNames().contains("query"));
  }
}
