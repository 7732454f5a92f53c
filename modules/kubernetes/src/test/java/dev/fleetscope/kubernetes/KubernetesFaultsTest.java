package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Kubernetes API stand-in that misbehaves ({@link FaultyServer} on loopback), met by the
 * inventory's list and watch and by the writer, with short deadlines: each call ends within its
 * deadline plus a generous margin (a bound that proves it ends, not a speed test) and names the
 * request and what happened. A watch follows its own rule: its first byte within the read deadline,
 * then quiet allowed until its length, after which it is resumed.
 */
class KubernetesFaultsTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
  private static final Duration ENDS_WITHIN = Duration.ofSeconds(25);
  private static final String EMPTY_LIST =
      "{\"metadata\":{\"resourceVersion\":\"5\"},\"items\":[]}";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HANG           | /api/v1/nodes?limit=500 sent nothing for 1 s (read deadline)",
        "DRIP           | /api/v1/nodes?limit=500 did not answer within 2 s (whole-call deadline)",
        "CLOSE_MID_BODY | /api/v1/nodes?limit=500 closed the connection before its answer was complete",
        "HTML_500       | listing /api/v1/nodes on prod: HTTP 500: <html> <head><title>500 Internal",
        "HTML_503       | listing /api/v1/nodes on prod: HTTP 503: <html> <head><title>503 Service",
        "REFUSED        | /api/v1/nodes?limit=500 could not be reached: connection refused",
      })
  void theInventorysFirstListEndsWithTheRequestAndWhatHappened(Fault fault, String says)
      throws IOException {
    try (FaultyServer server = FaultyServer.start(fault)) {
      String message = failedPoll(server);
      assertTrue(message.contains(says), message);
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"kind\":\"NodeList\"}    | answered HTTP 200 but 'items' is missing; the answer begins: {\"kind\":\"NodeList\"}",
        "<html>sign in</html>        | answered something that is not JSON (HTTP 200, line 1, column 1); the answer begins: <html>sign in</html>",
      })
  void aListOfTheWrongShapeIsAnErrorNotAnEmptyCluster(String body, String says) throws IOException {
    try (FaultyServer server = FaultyServer.start(target -> Answer.json(200, body))) {
      String message = failedPoll(server);
      assertTrue(message.contains(says), message);
    }
  }

  @Test
  void theWriterNamesTheWorkloadAndTheDeadline() throws IOException {
    try (FaultyServer server = FaultyServer.start(Fault.HANG)) {
      KubernetesClusterWriter writer =
          new KubernetesClusterWriter(
              new Connections(
                  new ClusterConnector(
                      Kubeconfig.load(List.of(kubeconfig(server))),
                      false,
                      SHORT,
                      false,
                      Clock.systemUTC())));
      ClusterWriteException e =
          assertTimeoutPreemptively(
              ENDS_WITHIN,
              () ->
                  assertThrows(
                      ClusterWriteException.class,
                      () ->
                          writer.read(
                              new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving"))));
      assertEquals(ClusterWriteException.Reason.UNREACHABLE, e.reason());
      assertTrue(
          e.getMessage()
              .contains(
                  "prod/ml/serving: no answer in time (GET "
                      + server.url("/apis/apps/v1/namespaces/ml/deployments/serving")
                      + " sent nothing for 1 s (read deadline))"),
          e.getMessage());
    }
  }

  @Test
  void aWatchThatNeverBeginsFailsAtTheReadDeadline() throws Exception {
    Function<String, Answer> route =
        target ->
            target.contains("watch=true") ? Answer.of(Fault.HANG) : Answer.json(200, EMPTY_LIST);
    try (FaultyServer server = FaultyServer.start(route);
        KubernetesFleetSource source = source(server, Duration.ofSeconds(30))) {
      source.poll();
      IOException e =
          assertTimeoutPreemptively(
              ENDS_WITHIN,
              () -> {
                while (true) {
                  try {
                    source.poll();
                  } catch (IOException failed) {
                    return failed;
                  }
                  Thread.sleep(100);
                }
              });
      assertTrue(
          e.getMessage().matches("prod: watch " + server.url("/") + "\\S+\\?watch=true&.*"),
          e.getMessage());
      assertTrue(e.getMessage().contains("sent nothing for 1 s (read deadline)"), e.getMessage());
    }
  }

  @Test
  void aWatchTheServerDoesNotEndIsEndedAndResumed() throws Exception {
    Function<String, Answer> route =
        target ->
            target.contains("watch=true") ? Answer.of(Fault.DRIP) : Answer.json(200, EMPTY_LIST);
    try (FaultyServer server = FaultyServer.start(route);
        KubernetesFleetSource source = source(server, Duration.ofSeconds(1))) {
      source.poll();
      assertTimeoutPreemptively(
          ENDS_WITHIN,
          () ->
              server.awaitTargets(
                  targets ->
                      targets.stream()
                              .filter(t -> t.startsWith("/api/v1/nodes?watch=true&"))
                              .count()
                          >= 2));
      assertTrue(
          server.targets().stream()
              .anyMatch(
                  t ->
                      t.startsWith("/api/v1/nodes?watch=true&") && t.endsWith("resourceVersion=5")),
          "resumed from the listed resourceVersion: " + server.targets());
      source.poll();
    }
  }

  private String failedPoll(FaultyServer server) throws IOException {
    try (KubernetesFleetSource source = source(server, ResourceMirror.WATCH_LENGTH)) {
      return assertTimeoutPreemptively(
              ENDS_WITHIN, () -> assertThrows(IOException.class, source::poll))
          .getMessage();
    }
  }

  private KubernetesFleetSource source(FaultyServer server, Duration watchLength)
      throws IOException {
    ClusterConnection connection =
        new ClusterConnector(
                Kubeconfig.load(List.of(kubeconfig(server))), true, SHORT, false, Clock.systemUTC())
            .connect("prod");
    return new KubernetesFleetSource(connection, Clock.systemUTC(), watchLength);
  }

  private Path kubeconfig(FaultyServer server) throws IOException {
    return TestKubeconfigs.withToken(dir, "prod", server.url("/"), "t");
  }
}
