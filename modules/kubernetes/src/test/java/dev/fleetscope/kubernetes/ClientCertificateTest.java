package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted HTTPS MockWebServer with its own CA that requires a client certificate, as
 * kube-apiserver can.
 */
class ClientCertificateTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final MutualTls tls = new MutualTls();
  private final HeldCertificate ca = tls.ca;
  private final HeldCertificate client = tls.client("ana");

  @BeforeEach
  void start() throws Exception {
    tls.start(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String base64(String pem) {
    return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
  }

  private Path kubeconfig(boolean withCa) throws IOException {
    String caLine =
        withCa ? "\n    certificate-authority-data: " + base64(ca.certificatePem()) : "";
    java.nio.file.Files.writeString(
        dir.resolve("config"),
        """
        clusters:
        - name: prod
          cluster:
            server: %s%s
        users:
        - name: ana
          user:
            client-certificate-data: %s
            client-key-data: %s
        contexts:
        - {name: prod, context: {cluster: prod, user: ana}}
        """
            .formatted(
                server.url("/"),
                caLine,
                base64(client.certificatePem()),
                base64(client.privateKeyPkcs8Pem())));
    return dir.resolve("config");
  }

  @Test
  void authenticatesWithTheClientCertificateAndTrustsTheClustersCa_MockWebServer()
      throws Exception {
    ClusterConnection connection = TestKubeconfigs.connect(kubeconfig(true), "prod", true);
    assertEquals(200, new KubeHttp(connection).get("/version").code());
    assertEquals("CN=ana", server.takeRequest().getHandshake().peerPrincipal().getName());
  }

  @Test
  void verifiesTheServerCertificateUnlessTheKubeconfigSaysNotTo_MockWebServer() throws Exception {
    ClusterConnection connection = TestKubeconfigs.connect(kubeconfig(false), "prod", true);
    java.io.IOException e =
        assertThrows(java.io.IOException.class, () -> new KubeHttp(connection).get("/version"));
    assertInstanceOf(javax.net.ssl.SSLException.class, e.getCause());
    assertTrue(e.getMessage().contains("/version failed the TLS handshake: "), e.getMessage());
  }
}
