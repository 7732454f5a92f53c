package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.net.Deadlines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionSettingsJsonTest {
  @Test
  void roundTripsEveryField() {
    ConnectionSettings mimir =
        ConnectionSettings.forUrl("https://mimir.example/prometheus")
            .withName("mimir-prod", "Mimir (prod)")
            .withAuth(
                Auth.basic("fleetscope", Secret.fromFile(Path.of("/etc/fleetscope/password"))))
            .withTls(
                Tls.trusting(Path.of("/etc/ca.pem"))
                    .withClientCertificate(Path.of("/etc/client.pem"), Path.of("/etc/client.key")))
            .withTenant("team-ml")
            .withHeader("X-Extra", "1")
            .withLabels(
                LabelNames.STANDARD
                    .withClusterLabel("k8s_cluster")
                    .withLegacyCadvisorNames()
                    .withExportedGpuNames())
            .withRefreshInterval(Duration.ofSeconds(30))
            .withTimeouts(Timeouts.DEFAULT.withQuery(Duration.ofSeconds(45)))
            .withDeadlines(
                new Deadlines(
                    Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofSeconds(90)));
    ConnectionSettings plain =
        ConnectionSettings.forUrl("http://127.0.0.1:9090")
            .withAuth(Auth.bearer(Secret.inline("t0ken")));

    assertEquals(
        List.of(mimir, plain),
        ConnectionSettingsJson.read(
            ConnectionSettingsJson.write(List.of(mimir, plain)), "connections.json"));
  }

  @Test
  void fillsDefaultsForWhatIsLeftOut() {
    List<ConnectionSettings> read =
        ConnectionSettingsJson.read("[{\"url\": \"http://prom:9090\"}]", "connections.json");

    assertEquals(List.of(ConnectionSettings.forUrl("http://prom:9090")), read);
  }

  @Test
  void readsTheConnectTimeoutOfFilesWrittenBeforeDeadlines() {
    ConnectionSettings read =
        ConnectionSettingsJson.read(
                "[{\"url\": \"http://prom:9090\", \"timeouts\": {\"connectSeconds\": 7, \"queryMillis\": 60000}}]",
                "connections.json")
            .getFirst();

    assertEquals(
        Deadlines.STREAMED.withConnect(Duration.ofSeconds(7)), read.timeouts().deadlines());
    assertEquals(Duration.ofMinutes(1), read.timeouts().query());
  }

  @Test
  void clampsTheRefreshIntervalToFiveSeconds() {
    assertEquals(
        Duration.ofSeconds(5),
        ConnectionSettings.forUrl("http://prom:9090")
            .withRefreshInterval(Duration.ofSeconds(1))
            .refreshInterval());
  }

  @Test
  void namesTheConnectionAndFieldThatIsWrong() {
    assertEquals(
        "connections.json, connection 2, auth: type must be none, bearer or basic, was 'oauth'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ConnectionSettingsJson.read(
                        "[{\"url\": \"http://a:9090\"}, {\"url\": \"http://b:9090\", \"auth\": {\"type\": \"oauth\"}}]",
                        "connections.json"))
            .getMessage());
    assertEquals(
        "connections.json, connection 1: unknown field 'urll'; known are [version, id, displayName, url, auth, tls, tenant, "
            + "headers, labels, clusterName, refreshIntervalSeconds, timeouts]",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettingsJson.read("[{\"urll\": \"x\"}]", "connections.json"))
            .getMessage());
    assertEquals(
        "connections.json, connection 1, labels: not a Prometheus label name: 'pod-name'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ConnectionSettingsJson.read(
                        "[{\"url\": \"http://a:9090\", \"labels\": {\"pod\": \"pod-name\"}}]",
                        "connections.json"))
            .getMessage());
    assertEquals(
        "connections.json, connection 1: a Prometheus URL looks like http://host:9090, was 'prom:9090'",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettingsJson.read("[{\"url\": \"prom:9090\"}]", "connections.json"))
            .getMessage());
    assertEquals(
        "connections.json: line 1, column 2: not JSON: Unexpected end-of-input: expected close marker for Array",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettingsJson.read("[", "connections.json"))
            .getMessage());
  }
}
