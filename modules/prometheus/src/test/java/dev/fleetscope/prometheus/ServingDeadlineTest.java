package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Prometheus that does not answer cannot hold a reading: each query has the connection's
 * deadlines (the read deadline here: the query timeout is what Prometheus may evaluate, and the
 * read deadline only grows to cover it), the whole reading its own. MockWebServer stands in for a
 * server that stalls.
 */
class ServingDeadlineTest {
  private static final Instant END = Instant.parse("2026-11-24T10:00:00Z");
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void failsNamingTheQueryWhenTheServerStallsPastTheQueryDeadline() throws IOException {
    server.enqueue(
        new MockResponse.Builder()
            .headersDelay(5, TimeUnit.SECONDS)
            .addHeader("Content-Type", "application/json")
            .body(MockPrometheus.EMPTY_VECTOR)
            .build());
    ConnectionSettings impatient =
        MockPrometheus.settings(server)
            .withTimeouts(
                Timeouts.DEFAULT
                    .withQuery(Duration.ofMillis(100))
                    .withDeadlines(
                        new Deadlines(
                            Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10)))
                    .withRetries(1, Duration.ZERO, Duration.ZERO));
    try (PrometheusClient client = new PrometheusClient(impatient)) {
      PrometheusException e =
          assertThrows(
              PrometheusException.class,
              () ->
                  new ServingReader(client).read(END, Duration.ofHours(1), c -> Optional.empty()));
      assertEquals(Problem.CLIENT_TIMEOUT, e.problem(), e.getMessage());
      assertEquals("model servers", e.query().orElseThrow().name());
      assertTrue(
          e.getMessage().contains("sent nothing for 300 ms (read deadline)"), e.getMessage());
    }
  }

  @Test
  void stopsAReadingThatPassedItsDeadlineBeforeTheNextQuery() throws IOException {
    try (PrometheusClient client = new PrometheusClient(MockPrometheus.settings(server))) {
      ServingReader reader =
          new ServingReader(client, ServingOptions.DEFAULT.withDeadline(Duration.ZERO));
      PrometheusException e =
          assertThrows(
              PrometheusException.class,
              () -> reader.read(END, Duration.ofHours(1), c -> Optional.empty()));
      assertEquals(Problem.CLIENT_TIMEOUT, e.problem());
      assertTrue(
          e.getMessage()
              .contains("the serving reading passed its deadline of 0 ms after 0 queries"),
          e.getMessage());
      assertEquals(0, client.requestsSent());
    }
  }
}
