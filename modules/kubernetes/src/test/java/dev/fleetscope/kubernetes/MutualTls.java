package dev.fleetscope.kubernetes;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * An HTTPS API stand-in with its own CA that requires a client certificate, as kube-apiserver can,
 * answering {@code /version} once.
 */
final class MutualTls {
  final HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();

  /** A client certificate for {@code commonName}, signed by the CA. */
  HeldCertificate client(String commonName) {
    return new HeldCertificate.Builder().commonName(commonName).signedBy(ca).build();
  }

  /** Starts {@code server} on HTTPS, trusting only the CA's clients. */
  void start(MockWebServer server) throws IOException {
    HeldCertificate serving =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName(InetAddress.getByName("localhost").getCanonicalHostName())
            .signedBy(ca)
            .build();
    server.useHttps(
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(ca.certificate())
            .heldCertificate(serving)
            .build()
            .sslSocketFactory());
    server.requireClientAuth();
    server.enqueue(new MockResponse.Builder().body("{\"gitVersion\":\"v1.33.0\"}").build());
    server.start();
  }
}
