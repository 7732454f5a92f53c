package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {
  @TempDir Path dir;

  @Test
  void mergesSeveralFilesLikeKubectlFirstDefinitionWins() throws Exception {
    Path first = Files.createDirectories(dir.resolve("a")).resolve("config");
    Files.writeString(
        first,
        """
        clusters:
        - name: prod
          cluster: {server: "https://prod.example:6443", certificate-authority: certs/ca.crt}
        users:
        - name: ana
          user: {token: from-first}
        contexts:
        - name: prod
          context: {cluster: prod, user: ana, namespace: ml}
        """);
    Path second = Files.createDirectories(dir.resolve("b")).resolve("config");
    Files.writeString(
        second,
        """
        current-context: staging
        clusters:
        - name: prod
          cluster: {server: "https://ignored.example"}
        - name: staging
          cluster: {server: "https://staging.example", insecure-skip-tls-verify: true}
        users:
        - name: ana
          user: {token: from-second}
        - name: bob
          user:
            exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/get-token}
        contexts:
        - name: staging
          context: {cluster: staging, user: bob}
        """);
    Kubeconfig config = Kubeconfig.load(List.of(first, dir.resolve("missing"), second));
    assertEquals(
        List.of(
            new KubeContext("prod", "prod", "ana", "ml", "https://prod.example:6443"),
            new KubeContext("staging", "staging", "bob", "default", "https://staging.example")),
        config.contexts());
    assertEquals(Optional.of("staging"), config.currentContext());
    assertEquals("from-first", config.user("prod").get("token"));
    assertEquals(
        dir.resolve("a/certs/ca.crt").toString(),
        config.forContext("prod").getCertificateAuthorityFile());
    assertEquals(
        dir.resolve("b/bin/get-token").toString(),
        ((java.util.Map<?, ?>) config.user("staging").get("exec")).get("command"));
  }

  @Test
  void skipsTlsVerificationOnlyWhenTheClusterSaysSo() throws Exception {
    Path file = dir.resolve("config");
    Files.writeString(
        file,
        """
        clusters:
        - {name: strict, cluster: {server: "https://strict.example"}}
        - {name: lax, cluster: {server: "https://lax.example", insecure-skip-tls-verify: true}}
        - {name: explicit, cluster: {server: "https://explicit.example", insecure-skip-tls-verify: false}}
        users:
        - {name: u, user: {token: t}}
        contexts:
        - {name: strict, context: {cluster: strict, user: u}}
        - {name: lax, context: {cluster: lax, user: u}}
        - {name: explicit, context: {cluster: explicit, user: u}}
        """);
    ClusterConnector connector = new ClusterConnector(Kubeconfig.load(List.of(file)), false);
    assertTrue(connector.connect("strict").apiClient().isVerifyingSsl());
    assertFalse(connector.connect("lax").apiClient().isVerifyingSsl());
    assertTrue(connector.connect("explicit").apiClient().isVerifyingSsl());
  }

  @Test
  void namesFileLineAndColumnOfBrokenYaml() throws Exception {
    Path file = dir.resolve("broken");
    Files.writeString(file, "clusters:\n- name: a\n  cluster: {server: [unclosed\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Kubeconfig.load(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + " line 4, column 1: "), e.getMessage());
  }

  @Test
  void namesTheKnownContextsWhenOneIsMissing() throws Exception {
    Path file = TestKubeconfigs.withToken(dir, "prod", "http://127.0.0.1:1", "t");
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ClusterConnector(Kubeconfig.load(List.of(file)), false).connect("nope"));
    assertEquals("no context 'nope' in the kubeconfig (contexts: prod)", e.getMessage());
  }
}
