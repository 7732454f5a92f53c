package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The client through every fault of the reliability matrix, served on loopback by {@link
 * FaultyServer} with short deadlines: each call ends within its deadline plus a generous margin
 * (the machine is shared; the bound proves that the call ends, not how fast) and says which
 * endpoint did what.
 */
class PrometheusFaultsTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
  private static final Duration ENDS_WITHIN = Duration.ofSeconds(25);
  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
  private static final PromQuery UP = new PromQuery("targets up", "up");

  @Test
  void aServerThatNeverAnswersEndsAtTheReadDeadline() throws IOException {
    PrometheusException e = rangeQueryAgainst(Fault.HANG);
    assertEquals(Problem.CLIENT_TIMEOUT, e.problem());
    assertTrue(e.getMessage().contains("/api/v1/query_range sent nothing for 1 s (read deadline)"));
  }

  @Test
  void aServerThatDripsEndsAtTheWholeCallDeadline() throws IOException {
    PrometheusException e = rangeQueryAgainst(Fault.DRIP);
    assertEquals(Problem.CLIENT_TIMEOUT, e.problem());
    assertTrue(
        e.getMessage()
            .contains("/api/v1/query_range did not answer within 2 s (whole-call deadline)"),
        e.getMessage());
  }

  @Test
  void theStreamedHistoryStaysUnderTheWholeCallDeadline() throws IOException {
    try (FaultyServer server = FaultyServer.start(Fault.DRIP);
        PrometheusClient client = client(server)) {
      PrometheusException e =
          assertTimeoutPreemptively(
              ENDS_WITHIN,
              () ->
                  assertThrows(
                      PrometheusException.class,
                      () ->
                          new HistoryReader(client)
                              .read(
                                  HistoryRequest.ending(
                                      T, Duration.ofDays(14), Duration.ofMinutes(5)),
                                  progress -> {})));
      assertEquals(Problem.CLIENT_TIMEOUT, e.problem());
      assertTrue(e.getMessage().contains("(whole-call deadline)"), e.getMessage());
      assertEquals(1, server.targets().size(), "a request past its deadline is not tried again");
    }
  }

  @Test
  void anAnswerCutOffMidBodySaysSo() throws IOException {
    PrometheusException e = rangeQueryAgainst(Fault.CLOSE_MID_BODY);
    assertEquals(Problem.CUT_OFF, e.problem());
    assertTrue(
        e.getMessage()
            .contains("/api/v1/query_range closed the connection before its answer was complete"),
        e.getMessage());
  }

  @Test
  void htmlErrorPagesAreQuotedWithTheirStatus() throws IOException {
    PrometheusException e = rangeQueryAgainst(Fault.HTML_500);
    assertEquals(Problem.HTTP, e.problem());
    assertTrue(
        e.getMessage().contains(": HTTP 500, <html> <head><title>500 Internal Server Error"),
        e.getMessage());
    try (FaultyServer server = FaultyServer.start(Fault.HTML_503)) {
      PrometheusException unavailable = failing(server, c -> c.query(UP, T, (l, s) -> {}));
      assertEquals(Problem.UNAVAILABLE, unavailable.problem());
      assertEquals(3, server.targets().size(), "a 503 is tried again, with backoff");
      assertTrue(unavailable.getMessage().contains("HTTP 503, <html>"), unavailable.getMessage());
    }
  }

  @Test
  void aRefusedConnectionIsNamed() throws IOException {
    PrometheusException e = rangeQueryAgainst(Fault.REFUSED);
    assertEquals(Problem.CONNECTION, e.problem());
    assertTrue(
        e.getMessage().contains("/api/v1/query_range could not be reached: connection refused"));
  }

  @Test
  void answersOfTheWrongShapeNameWhatWasWrongAndQuoteTheAnswer() throws IOException {
    String matrixAsObject =
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":{\"up\":1}}}";
    PrometheusException shape = answering(Answer.json(200, matrixAsObject));
    assertEquals(Problem.MALFORMED_RESPONSE, shape.problem());
    assertTrue(
        shape
            .getMessage()
            .contains(
                "/api/v1/query answered HTTP 200 but its JSON does not fit the API: expected the result array "
                    + "but found '{' at line 1, column 60; "
                    + "the answer begins: "
                    + matrixAsObject),
        shape.getMessage());

    PrometheusException noStatus = answering(Answer.json(200, "{\"data\":{\"result\":[]}}"));
    assertTrue(
        noStatus.getMessage().contains("does not fit the API: the answer has no \"status\" field"),
        noStatus.getMessage());

    PrometheusException notJson = answering(Answer.json(200, "<html>sign in</html>"));
    assertTrue(
        notJson
            .getMessage()
            .contains(
                "answered something that is not JSON (HTTP 200, line 1, column 1); the answer begins: <html>sign in</html>"),
        notJson.getMessage());
    assertFalse(notJson.getMessage().contains("Source:"), notJson.getMessage());
  }

  @Test
  void anErrorAnswerCarriesTheServersWords() throws IOException {
    PrometheusException e =
        answering(
            Answer.json(
                422,
                "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples into memory in query execution\"}"));
    assertEquals(Problem.TOO_MANY_SAMPLES, e.problem());
    assertTrue(
        e.getMessage().contains("HTTP 422, execution: query processing would load too many"));
  }

  @Test
  void closingTheClientCancelsItsRequestInFlight() throws Exception {
    PrometheusException failure = closedInFlight(Fault.HANG, Duration.ZERO);
    assertEquals(Problem.CANCELLED_BY_CLIENT, failure.problem());
    assertTrue(
        failure.getMessage().contains("/api/v1/query was cancelled before it answered"),
        failure.getMessage());
  }

  @Test
  void closingTheClientCancelsAnAnswerStillDripping() throws Exception {
    // OkHttp's dispatcher forgets a call once its headers came: the client must cancel it itself.
    // Three drips in, the headers have come and the body is dripping.
    PrometheusException failure =
        closedInFlight(Fault.DRIP, Duration.ofMillis(3 * FaultyServer.DRIP_MILLIS));
    assertEquals(Problem.CANCELLED_BY_CLIENT, failure.problem(), failure.getMessage());
  }

  /** How a query against {@code fault} fails when its client is closed {@code after} it arrived. */
  private static PrometheusException closedInFlight(Fault fault, Duration after) throws Exception {
    try (FaultyServer server = FaultyServer.start(fault)) {
      PrometheusClient client = new PrometheusClient(ConnectionSettings.forUrl(server.url("")));
      return (PrometheusException)
          assertTimeoutPreemptively(
              ENDS_WITHIN,
              () ->
                  server.cancelInFlight(
                      () -> client.query(UP, T, (l, s) -> {}),
                      () -> {
                        LockSupport.parkNanos(after.toNanos());
                        client.close();
                      }));
    }
  }

  private static PrometheusException rangeQueryAgainst(Fault fault) throws IOException {
    try (FaultyServer server = FaultyServer.start(fault)) {
      return failing(
          server,
          c ->
              c.queryRange(
                  UP, T.minus(Duration.ofHours(1)), T, Duration.ofMinutes(1), (l, s) -> {}));
    }
  }

  private static PrometheusException answering(Answer answer) throws IOException {
    try (FaultyServer server = FaultyServer.start(target -> answer)) {
      return failing(server, c -> c.query(UP, T, (l, s) -> {}));
    }
  }

  private static PrometheusException failing(
      FaultyServer server, ThrowingConsumer<PrometheusClient> call) throws IOException {
    try (PrometheusClient client = client(server)) {
      return assertTimeoutPreemptively(
          ENDS_WITHIN, () -> assertThrows(PrometheusException.class, () -> call.accept(client)));
    }
  }

  private static PrometheusClient client(FaultyServer server) throws IOException {
    return new PrometheusClient(
        ConnectionSettings.forUrl(server.url(""))
            .withTimeouts(
                Timeouts.DEFAULT
                    .withDeadlines(SHORT)
                    .withQuery(Duration.ofMillis(100))
                    .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(20))));
  }
}
