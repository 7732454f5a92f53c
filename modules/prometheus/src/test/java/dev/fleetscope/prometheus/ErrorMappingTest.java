package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error Prometheus's API can return, with the HTTP status it returns it with (from {@code
 * prometheus-error-response-examples.json}, assembled from Prometheus's {@code web/api/v1/api.go}),
 * becomes the right {@link Problem} and a message naming the query. Scripted with MockWebServer
 * because a real server produces several of these (canceled, internal, not_acceptable) only in
 * failure states a test cannot bring about.
 */
class ErrorMappingTest {
  private static final PromQuery QUERY =
      new PromQuery("memory peaks", "max_over_time(container_memory_working_set_bytes[5m])");
  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

  private MockWebServer server;
  private PrometheusClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client =
        new PrometheusClient(
            MockPrometheus.settings(server)
                .withTimeouts(Timeouts.DEFAULT.withRetries(1, Duration.ZERO, Duration.ZERO)));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "bad_data, 400, BAD_DATA",
    "execution, 422, EXECUTION",
    "canceled, 499, CANCELED",
    "timeout, 503, TIMEOUT",
    "internal, 500, INTERNAL",
    "not_found, 404, NOT_FOUND",
    "not_acceptable, 406, NOT_ACCEPTABLE",
    "unavailable, 500, UNAVAILABLE"
  })
  void mapsEachErrorTypeWithItsDefaultStatus(String errorType, int status, Problem problem)
      throws IOException {
    JsonNode spec = spec();
    assertEquals(
        errorType.equals("unavailable") ? "500 (default branch)" : String.valueOf(status),
        spec.path("errorTypeToDefaultHttpStatus").path(errorType).asText());
    server.enqueue(MockPrometheus.error(status, errorType, "the server's words"));

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(QUERY, T, (l, s) -> {}));

    assertEquals(problem, e.problem());
    assertEquals(status, e.httpStatus());
    assertEquals(QUERY, e.query().orElseThrow());
    assertTrue(
        e.getMessage()
            .contains(
                " for query \"memory peaks\" (max_over_time(container_memory_working_set_bytes[5m])): HTTP "
                    + status
                    + ", "
                    + errorType
                    + ": the server's words"),
        e.getMessage());
  }

  @Test
  void readsEveryDocumentedErrorExampleWithItsMessage() throws IOException {
    Map<String, Problem> expected =
        Map.of(
            "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
                Problem.TOO_MANY_POINTS,
            "invalid parameter \"end\": end timestamp must not be before start time",
                Problem.BAD_DATA,
            "invalid parameter \"step\": zero or negative query resolution step widths are not accepted. Try a positive integer",
                Problem.BAD_DATA,
            "TSDB not ready", Problem.INTERNAL);
    for (JsonNode example : spec().path("examples")) {
      server.enqueue(
          MockPrometheus.json(example.path("httpStatus").asInt(), example.path("body").toString()));
      String error = example.path("body").path("error").asText();

      PrometheusException e =
          assertThrows(PrometheusException.class, () -> client.query(QUERY, T, (l, s) -> {}));

      assertEquals(expected.get(error), e.problem(), error);
      assertTrue(e.serverMessage().endsWith(error), e.serverMessage());
    }
  }

  @Test
  void explainsTooManySamplesWithWhatToDo() {
    server.enqueue(
        MockPrometheus.error(
            422,
            "execution",
            "query processing would load too many samples into memory in query execution"));

    PrometheusException e =
        assertThrows(PrometheusException.class, () -> client.query(QUERY, T, (l, s) -> {}));

    assertEquals(Problem.TOO_MANY_SAMPLES, e.problem());
    assertTrue(
        e.getMessage()
            .endsWith(
                "Even the smallest slice of the range is too large: shorten the window, use a coarser step, "
                    + "or raise --query.max-samples on the server"),
        e.getMessage());
  }

  @Test
  void mapsAProxysRefusalWithoutAnApiAnswerByItsStatus() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "text/plain")
            .body("Unauthorized\n")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/plain")
            .body("404 page not found")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<h1>Bad Gateway</h1>")
            .build());

    assertEquals(
        Problem.UNAUTHORIZED,
        assertThrows(PrometheusException.class, () -> client.query(QUERY, T, (l, s) -> {}))
            .problem());
    PrometheusException notFound =
        assertThrows(PrometheusException.class, () -> client.buildInfo());
    PrometheusException badGateway =
        assertThrows(PrometheusException.class, () -> client.query(QUERY, T, (l, s) -> {}));

    assertEquals(Problem.NOT_FOUND, notFound.problem());
    assertTrue(
        notFound
            .getMessage()
            .endsWith(
                "found no such API endpoint (check the URL and its path prefix): HTTP 404, 404 page not found"),
        notFound.getMessage());
    assertEquals(Problem.HTTP, badGateway.problem());
    assertTrue(
        badGateway.getMessage().endsWith("HTTP 502, <h1>Bad Gateway</h1>"),
        badGateway.getMessage());
  }

  private JsonNode spec() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/prometheus-api/prometheus-error-response-examples.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
