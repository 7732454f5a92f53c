package dev.fleetscope.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.airflow.AirflowSource;
import dev.fleetscope.pipelines.argo.ArgoServerLister;
import dev.fleetscope.pipelines.argo.ArgoSource;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import dev.fleetscope.pipelines.kubeflow.KubeflowSource;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Airflow, Kubeflow Pipelines and the Argo Server through every fault of the reliability matrix,
 * served on loopback by {@link FaultyServer} with short deadlines: each poll ends within its
 * deadline plus a generous margin (a bound that proves it ends, not a speed test) and names the
 * source, the request and what happened.
 */
class PipelineFaultsTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
  private static final Duration ENDS_WITHIN = Duration.ofSeconds(25);
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  enum Kind {
    AIRFLOW,
    KUBEFLOW,
    ARGO
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AIRFLOW  | HANG           | sent nothing for 1 s (read deadline)",
        "KUBEFLOW | HANG           | sent nothing for 1 s (read deadline)",
        "ARGO     | HANG           | sent nothing for 1 s (read deadline)",
        "AIRFLOW  | DRIP           | did not answer within 2 s (whole-call deadline)",
        "KUBEFLOW | DRIP           | did not answer within 2 s (whole-call deadline)",
        "ARGO     | DRIP           | did not answer within 2 s (whole-call deadline)",
        "AIRFLOW  | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "KUBEFLOW | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "ARGO     | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "AIRFLOW  | HTML_500       | failed with HTTP 500 (the answer begins: <html> <head><title>500",
        "KUBEFLOW | HTML_500       | failed with HTTP 500 (the answer begins: <html> <head><title>500",
        "ARGO     | HTML_500       | failed with HTTP 500 (the answer begins: <html> <head><title>500",
        "AIRFLOW  | HTML_503       | was still unavailable (503 Service Unavailable) after 3 attempts"
            + " (the answer begins: <html>",
        "KUBEFLOW | HTML_503       | was still unavailable (503 Service Unavailable) after 3 attempts"
            + " (the answer begins: <html>",
        "ARGO     | HTML_503       | was still unavailable (503 Service Unavailable) after 3 attempts"
            + " (the answer begins: <html>",
        "AIRFLOW  | REFUSED        | could not be reached: connection refused",
        "KUBEFLOW | REFUSED        | could not be reached: connection refused",
        "ARGO     | REFUSED        | could not be reached: connection refused",
      })
  void everyFaultEndsThePollWithTheRequestAndWhatHappened(Kind kind, Fault fault, String says)
      throws IOException {
    try (FaultyServer server = FaultyServer.start(fault)) {
      String message = failedPoll(kind, server);
      assertTrue(message.startsWith(kind + " source: GET " + server.url("/")), message);
      assertTrue(message.contains(says), message);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AIRFLOW  | {\"dag_runs\": {}, \"total_entries\": 0} | 'dag_runs' is an object, not an array",
        "AIRFLOW  | {\"total_entries\": 3}                   | 'dag_runs' is missing",
        "KUBEFLOW | {\"runs\": \"none\"}                      | 'runs' is a string, not an array",
        "KUBEFLOW | []                                       | it is an array, not a JSON object",
        "ARGO     | {\"items\": {\"a\": 1}}                  | 'items' is an object, not an array",
      })
  void aListAnswerOfTheWrongShapeIsAnErrorNotAnEmptyList(Kind kind, String body, String problem)
      throws IOException {
    Function<String, Answer> route =
        target ->
            target.startsWith("/api/v2/version")
                ? Answer.json(404, "{\"detail\":\"Not Found\"}")
                : target.startsWith("/api/v1/version")
                    ? Answer.json(200, "{\"version\":\"2.10.5\"}")
                    : Answer.json(200, body);
    try (FaultyServer server = FaultyServer.start(route)) {
      String message = failedPoll(kind, server);
      assertTrue(
          message.contains(" answered HTTP 200 but " + problem + "; the answer begins: " + body),
          message);
    }
  }

  @Test
  void closingASourceCancelsItsRequestInFlight() throws Exception {
    try (FaultyServer server = FaultyServer.start(Fault.HANG)) {
      PipelineSource source = source(Kind.KUBEFLOW, server, Deadlines.DEFAULT);
      Exception failure =
          assertTimeoutPreemptively(
              ENDS_WITHIN, () -> server.cancelInFlight(source::poll, source::close));
      assertTrue(
          failure.getMessage().contains("was cancelled before it answered"), failure.getMessage());
    }
  }

  private static String failedPoll(Kind kind, FaultyServer server) {
    PipelineSource source = source(kind, server, SHORT);
    return assertTimeoutPreemptively(
            ENDS_WITHIN, () -> assertThrows(SourceException.class, source::poll))
        .getMessage();
  }

  private static PipelineSource source(Kind kind, FaultyServer server, Deadlines deadlines) {
    Settings test =
        new Settings(kind.name().toLowerCase(), kind + " source", new MutableClock(NOW));
    SourceSettings settings = test.settings.withDeadlines(deadlines);
    HttpUrl base = HttpUrl.get(server.url("/"));
    return switch (kind) {
      case AIRFLOW -> new AirflowSource(settings, base, "ops", "s3cret");
      case KUBEFLOW -> new KubeflowSource(settings, base, Credentials.none(), Optional.empty());
      case ARGO ->
          ArgoSource.server(
              settings,
              new ArgoServerLister(base, settings.json(Credentials.none())),
              List.of("ml"));
    };
  }

  @Test
  void theDefaultsSuitAPersonAtATerminal() {
    assertEquals(Deadlines.DEFAULT, SourceSettings.of("a", "b").deadlines());
    assertEquals(30_000, SourceSettings.of("a", "b").http().callTimeoutMillis());
  }
}
