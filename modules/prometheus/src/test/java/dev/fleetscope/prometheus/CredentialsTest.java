package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.MockPrometheus.EMPTY_VECTOR;
import static dev.fleetscope.prometheus.MockPrometheus.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the client sends to prove who it is: tenant and extra headers, basic auth, bearer tokens,
 * client certificates.
 */
class CredentialsTest {
  private static final PromQuery UP = new PromQuery("targets up", "up");
  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsTheTenantAndExtraHeadersWithEveryRequest() throws Exception {
    server.start(InetAddress.getByName("localhost"), 0);
    server.enqueue(ok(EMPTY_VECTOR));
    ConnectionSettings settings =
        MockPrometheus.settings(server).withTenant("team-ml").withHeader("X-Cluster-Scope", "prod");

    RecordedRequest request = send(settings);

    assertEquals("team-ml", request.getHeaders().get("X-Scope-OrgID"));
    assertEquals("prod", request.getHeaders().get("X-Cluster-Scope"));
  }

  @Test
  void sendsBasicAuth() throws Exception {
    server.start(InetAddress.getByName("localhost"), 0);
    server.enqueue(ok(EMPTY_VECTOR));

    RecordedRequest request =
        send(
            MockPrometheus.settings(server)
                .withAuth(Auth.basic("fleetscope", Secret.inline("s3cret"))));

    assertEquals("Basic ZmxlZXRzY29wZTpzM2NyZXQ=", request.getHeaders().get("Authorization"));
  }

  @Test
  void rereadsABearerTokenFileWhenItChanges() throws Exception {
    server.start(InetAddress.getByName("localhost"), 0);
    Path token = dir.resolve("token");
    Files.writeString(token, "first-token\n");
    ConnectionSettings settings =
        MockPrometheus.settings(server).withAuth(Auth.bearer(Secret.fromFile(token)));
    try (PrometheusClient client = new PrometheusClient(settings)) {
      server.enqueue(ok(EMPTY_VECTOR));
      server.enqueue(ok(EMPTY_VECTOR));
      client.query(UP, T, (l, s) -> {});
      Files.writeString(token, "rotated-token-2\n");
      Files.setLastModifiedTime(token, FileTime.from(Instant.now().plusSeconds(5)));
      client.query(UP, T, (l, s) -> {});
    }

    assertEquals("Bearer first-token", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer rotated-token-2", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void namesAMissingTokenFile() throws Exception {
    server.start(InetAddress.getByName("localhost"), 0);
    Path missing = dir.resolve("no-such-token");
    ConnectionSettings settings =
        MockPrometheus.settings(server).withAuth(Auth.bearer(Secret.fromFile(missing)));
    try (PrometheusClient client = new PrometheusClient(settings)) {
      PrometheusException e =
          assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

      assertEquals(Problem.CONNECTION, e.problem());
      assertTrue(
          e.getMessage().endsWith("the bearer token file " + missing + " does not exist"),
          e.getMessage());
    }
  }

  @Test
  void presentsAClientCertificateToAServerThatRequiresOne() throws Exception {
    HeldCertificate ca =
        new HeldCertificate.Builder().certificateAuthority(0).commonName("test CA").build();
    HeldCertificate serverCert =
        new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("localhost").build();
    HeldCertificate clientCert =
        new HeldCertificate.Builder().signedBy(ca).commonName("fleetscope").build();
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(serverCert)
            .addTrustedCertificate(ca.certificate())
            .build()
            .sslSocketFactory());
    server.requireClientAuth();
    server.start(InetAddress.getByName("localhost"), 0);
    server.enqueue(ok(EMPTY_VECTOR));
    Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
    Path certFile = Files.writeString(dir.resolve("client.pem"), clientCert.certificatePem());
    Path keyFile = Files.writeString(dir.resolve("client.key"), clientCert.privateKeyPkcs8Pem());

    RecordedRequest request =
        send(
            MockPrometheus.settings(server)
                .withTls(Tls.trusting(caFile).withClientCertificate(certFile, keyFile)));

    assertEquals("CN=fleetscope", request.getHandshake().peerPrincipal().getName());
  }

  @Test
  void failsTheHandshakeWithoutTrustingTheServersCa() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate serverCert =
        new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("localhost").build();
    server.useHttps(
        new HandshakeCertificates.Builder().heldCertificate(serverCert).build().sslSocketFactory());
    server.start(InetAddress.getByName("localhost"), 0);
    HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).build();
    Path caFile = Files.writeString(dir.resolve("other-ca.pem"), otherCa.certificatePem());
    try (PrometheusClient client =
        new PrometheusClient(MockPrometheus.settings(server).withTls(Tls.trusting(caFile)))) {
      PrometheusException e =
          assertThrows(PrometheusException.class, () -> client.query(UP, T, (l, s) -> {}));

      assertEquals(Problem.TLS, e.problem());
      assertTrue(
          e.getMessage()
              .endsWith("Check the CA file, or the client certificate and key, of the connection"),
          e.getMessage());
    }
  }

  @Test
  void explainsAPkcs1KeyInsteadOfFailingObscurely() throws IOException {
    HeldCertificate cert = new HeldCertificate.Builder().rsa2048().build();
    Path certFile = Files.writeString(dir.resolve("client.pem"), cert.certificatePem());
    Path keyFile = Files.writeString(dir.resolve("client.key"), cert.privateKeyPkcs1Pem());
    ConnectionSettings settings =
        ConnectionSettings.forUrl("https://prometheus.example:9090")
            .withTls(Tls.SYSTEM.withClientCertificate(certFile, keyFile));

    IOException e = assertThrows(IOException.class, () -> new PrometheusClient(settings));

    assertEquals(
        "the client key "
            + keyFile
            + " is PKCS#1/SEC1; convert it to PKCS#8 with 'openssl pkcs8 -topk8 -nocrypt -in client.key'",
        e.getMessage());
  }

  private RecordedRequest send(ConnectionSettings settings) throws Exception {
    try (PrometheusClient client = new PrometheusClient(settings)) {
      client.query(UP, T, (l, s) -> {});
    }
    return server.takeRequest();
  }
}
