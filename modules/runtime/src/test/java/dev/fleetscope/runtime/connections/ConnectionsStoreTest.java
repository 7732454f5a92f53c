package dev.fleetscope.runtime.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.prometheus.Auth;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.LabelNames;
import dev.fleetscope.prometheus.Secret;
import dev.fleetscope.prometheus.Tls;
import dev.fleetscope.runtime.config.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsStoreTest {
  @TempDir Path dir;

  private ConnectionsStore store() {
    return new ConnectionsStore(new AppDirs(dir, dir.resolve("data")));
  }

  private static PrometheusEntry thanos() {
    ConnectionSettings settings =
        ConnectionSettings.forUrl("https://thanos.example:10902")
            .withTenant("ml-team")
            .withHeader("X-Org", "42")
            .withLabels(LabelNames.STANDARD.withClusterLabel("cluster"))
            .withTls(
                Tls.trusting(Path.of("/etc/ca.pem"))
                    .withClientCertificate(Path.of("/etc/me.pem"), Path.of("/etc/me.key")));
    return new PrometheusEntry(
        settings,
        new SavedAuth.Basic("fleetscope", new SecretRef.InEnvironment("THANOS_PASSWORD")));
  }

  @Test
  void withoutAFileNothingIsConnectedAndTheDemoFleetIsShown() {
    SavedConnections loaded = store().load();
    assertEquals(SavedConnections.NONE, loaded);
    assertTrue(loaded.showsDemoFleet());
    assertEquals(Optional.empty(), store().problem());
  }

  @Test
  void savesAndLoadsEveryFieldBackEqual() throws Exception {
    PrometheusEntry local =
        new PrometheusEntry(
            ConnectionSettings.forUrl("http://127.0.0.1:9090"),
            new SavedAuth.Bearer(new SecretRef.InFile(Path.of("/run/secrets/token"))));
    SavedConnections saved =
        SavedConnections.NONE
            .withPrometheus(local)
            .withPrometheus(thanos())
            .withDemoFleet(false)
            .withKubeconfig(KubeconfigEntry.ENVIRONMENT.withContext("prod", true))
            .withKubeconfig(KubeconfigEntry.of(dir.resolve("lab.yaml")).withContext("lab", true));
    store().save(saved);

    ConnectionsStore again = store();
    assertEquals(saved, again.load());
    assertEquals(Optional.empty(), again.problem());
    assertFalse(again.load().showsDemoFleet());
  }

  @Test
  void neverWritesASecretOnlyWhereItIs() throws Exception {
    store().save(SavedConnections.NONE.withPrometheus(thanos()));
    String json = Files.readString(dir.resolve("connections.json"));
    assertTrue(
        json.contains("\"password\" : {\n        \"env\" : \"THANOS_PASSWORD\"\n      }"), json);
    assertFalse(json.contains("inline"), json);
  }

  @Test
  void resolvesAnEnvironmentSecretWhenConnectingAndNamesTheVariableWhenUnset() throws Exception {
    PrometheusEntry entry = thanos();
    ConnectionSettings settings = entry.resolve(Map.of("THANOS_PASSWORD", "s3cret\n"));
    assertEquals(Auth.basic("fleetscope", Secret.inline("s3cret")), settings.auth());

    MissingSecretException e =
        assertThrows(MissingSecretException.class, () -> entry.resolve(Map.of()));
    assertEquals(
        "basic auth password: the environment variable THANOS_PASSWORD is not set", e.getMessage());
  }

  @Test
  void aBrokenFileIsSetAsideWithTheLineAndColumnNamed() throws Exception {
    Path file = dir.resolve("connections.json");
    Files.writeString(
        file, "{\"version\": 1,\n \"prometheus\": [ {\"url\": \"http://a:9090\" ]\n}");
    ConnectionsStore store = store();

    assertEquals(SavedConnections.NONE, store.load());
    String problem = store.problem().orElseThrow();
    assertTrue(
        problem.startsWith(
            "Connections not loaded: " + file + " could not be read (" + file + ": line 2, column"),
        problem);
    assertTrue(problem.contains("it was kept as " + file + ".broken-"), problem);
    assertTrue(problem.endsWith("; add the connections again"), problem);
    assertFalse(Files.exists(file));
    try (var kept = Files.list(dir)) {
      assertEquals(
          1,
          kept.filter(f -> f.getFileName().toString().startsWith("connections.json.broken-"))
              .count());
    }
  }

  @Test
  void refusesASecretWrittenInClearTextNamingTheConnection() throws Exception {
    Files.writeString(
        dir.resolve("connections.json"),
        """
        {"version": 1, "prometheus": [
          {"url": "http://a:9090"},
          {"url": "http://b:9090", "auth": {"type": "bearer", "token": {"inline": "abc"}}}]}
        """);
    ConnectionsStore store = store();
    store.load();
    String problem = store.problem().orElseThrow();
    assertTrue(
        problem.contains(
            "connections.json, Prometheus connection 2, auth, token: Fleetscope keeps no secret in its files; "
                + "put it in a file ({\"file\": \"/path\"}) or an environment variable ({\"env\": \"NAME\"})"),
        problem);
  }

  @Test
  void aBadFieldOfAConnectionIsNamedWithItsPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ConnectionsJson.read(
                    "{\"prometheus\": [{\"url\": \"ftp://a\"}]}", "connections.json"));
    assertEquals(
        "connections.json, Prometheus, connection 1: a Prometheus URL looks like http://host:9090, was 'ftp://a'",
        e.getMessage());
  }

  @Test
  void theEnvironmentsKubeconfigIsAlwaysListedFirstAndFilesOnlyOnce() {
    KubeconfigEntry lab = KubeconfigEntry.of(dir.resolve("lab.yaml"));
    SavedConnections c =
        new SavedConnections(true, List.of(), List.of(lab, lab.withContext("x", true)));
    assertEquals(List.of(KubeconfigEntry.ENVIRONMENT, lab), c.kubeconfigs());
    assertFalse(c.hasSources());
    assertTrue(c.withKubeconfig(lab.withContext("x", true)).hasSources());
  }

  @Test
  void theDemoFleetStaysOnWhileNothingElseIsConnected() {
    SavedConnections off = SavedConnections.NONE.withDemoFleet(false);
    assertTrue(off.showsDemoFleet(), "an empty console helps nobody");
    assertFalse(
        off.withKubeconfig(KubeconfigEntry.ENVIRONMENT.withContext("prod", true)).showsDemoFleet());
  }
}
