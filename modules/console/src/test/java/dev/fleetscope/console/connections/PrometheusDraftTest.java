package dev.fleetscope.console.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.console.connections.PrometheusDraft.AuthKind;
import dev.fleetscope.console.connections.PrometheusDraft.LabelVariant;
import dev.fleetscope.console.connections.PrometheusDraft.SecretInput;
import dev.fleetscope.console.connections.PrometheusDraft.SecretKind;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.runtime.connections.SavedAuth;
import dev.fleetscope.runtime.connections.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrometheusDraftTest {
  private static final PrometheusDraft MIMIR =
      new PrometheusDraft(
          "Mimir prod",
          "https://mimir.example/prometheus/",
          AuthKind.BASIC,
          SecretInput.NONE,
          "fleetscope",
          new SecretInput(SecretKind.ENVIRONMENT, "$MIMIR_PASSWORD"),
          "/etc/ca.pem",
          "/etc/me.pem",
          "/etc/me.key",
          "cluster",
          "",
          "ml-team",
          "X-Org: 42\n\nX-Env=prod",
          LabelVariant.LEGACY_CADVISOR,
          true,
          "30");

  @Test
  void makesAConnectionOfEveryField() {
    PrometheusEntry entry = MIMIR.toEntry("prometheus:mimir.example");
    ConnectionSettings s = entry.settings();
    assertEquals("Mimir prod", s.displayName());
    assertEquals("https://mimir.example/prometheus", s.url().toString());
    assertEquals(
        new SavedAuth.Basic("fleetscope", new SecretRef.InEnvironment("MIMIR_PASSWORD")),
        entry.auth());
    assertEquals(Optional.of(Path.of("/etc/ca.pem")), s.tls().caFile());
    assertEquals(Optional.of(Path.of("/etc/me.key")), s.tls().clientKeyFile());
    assertEquals("cluster", s.labels().cluster());
    assertEquals("pod_name", s.labels().pod());
    assertEquals("exported_pod", s.labels().gpuPod());
    assertEquals(Optional.of("ml-team"), s.tenant());
    assertEquals(Map.of("X-Org", "42", "X-Env", "prod"), s.headers());
    assertEquals(Duration.ofSeconds(30), s.refreshInterval());
  }

  @Test
  void editingFillsTheFormBackAsItWasTyped() {
    PrometheusEntry entry = MIMIR.toEntry("prometheus:mimir.example");
    PrometheusDraft again = PrometheusDraft.of(entry);
    assertEquals(entry, again.toEntry("prometheus:mimir.example"));
    assertEquals("MIMIR_PASSWORD", again.password().text());
    assertEquals(
        "",
        PrometheusDraft.of(PrometheusDraft.EMPTY.withUrl("http://p:9090").toEntry("x")).name(),
        "a default name stays empty in the form, so it follows the URL");
  }

  @Test
  void namesTheFieldOfEachMistake() {
    assertMistake(
        "URL: enter the server's address, e.g. http://prometheus:9090", PrometheusDraft.EMPTY);
    assertMistake(
        "URL: a Prometheus URL looks like http://host:9090, was 'prometheus:9090'",
        PrometheusDraft.EMPTY.withUrl("prometheus:9090"));
    PrometheusDraft bearer =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.BEARER,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake("Bearer token: name the file that holds it, or the environment variable", bearer);
    PrometheusDraft badVariable =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.BEARER,
            new SecretInput(SecretKind.ENVIRONMENT, "MY-TOKEN"),
            "",
            SecretInput.NONE,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake("Bearer token: not an environment variable name: 'MY-TOKEN'", badVariable);
    PrometheusDraft halfTls =
        new PrometheusDraft(
            "",
            "https://p:9090",
            AuthKind.NONE,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "/etc/me.pem",
            "",
            "",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake("Client certificate: give both the certificate file and its key file", halfTls);
    PrometheusDraft plainTls =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.NONE,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "/etc/me.pem",
            "/etc/me.key",
            "",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake(
        "Client certificate: a client certificate needs an https:// URL, was 'http://p:9090'",
        plainTls);
    PrometheusDraft label =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.NONE,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "",
            "",
            "k8s-cluster",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake("Cluster label: not a Prometheus label name: 'k8s-cluster'", label);
    PrometheusDraft header =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.NONE,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "",
            "",
            "",
            "",
            "",
            "X-Ok: 1\nno separator",
            LabelVariant.STANDARD,
            false,
            "15");
    assertMistake("Headers, line 2: expected Name: value, was 'no separator'", header);
    PrometheusDraft refresh =
        new PrometheusDraft(
            "",
            "http://p:9090",
            AuthKind.NONE,
            SecretInput.NONE,
            "",
            SecretInput.NONE,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            LabelVariant.STANDARD,
            false,
            "2");
    assertMistake("Refresh: whole seconds, at least 5, was '2'", refresh);
  }

  private static void assertMistake(String message, PrometheusDraft draft) {
    assertEquals(
        message,
        assertThrows(PrometheusDraft.InvalidDraft.class, () -> draft.toEntry("id")).getMessage());
  }
}
