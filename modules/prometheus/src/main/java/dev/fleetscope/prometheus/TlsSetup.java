package dev.fleetscope.prometheus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Applies a connection's {@link Tls} to an OkHttp client, reading its PEM files with okhttp-tls.
 */
final class TlsSetup {
  private static final Pattern CERTIFICATE =
      Pattern.compile("-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", Pattern.DOTALL);

  private TlsSetup() {}

  static void apply(Tls tls, OkHttpClient.Builder client) throws IOException {
    if (tls.isDefault()) {
      return;
    }
    HandshakeCertificates.Builder handshake = new HandshakeCertificates.Builder();
    if (tls.caFile().isPresent()) {
      certificates(tls.caFile().get(), "CA").forEach(handshake::addTrustedCertificate);
    } else {
      handshake.addPlatformTrustedCertificates();
    }
    if (tls.clientCertificateFile().isPresent()) {
      Path certificateFile = tls.clientCertificateFile().get();
      Path keyFile = tls.clientKeyFile().orElseThrow();
      List<String> chain = pemCertificates(certificateFile, "client certificate");
      String key = read(keyFile, "client key");
      if (key.contains("BEGIN RSA PRIVATE KEY") || key.contains("BEGIN EC PRIVATE KEY")) {
        throw new IOException(
            "the client key "
                + keyFile
                + " is PKCS#1/SEC1; convert it to PKCS#8 with "
                + "'openssl pkcs8 -topk8 -nocrypt -in "
                + keyFile.getFileName()
                + "'");
      }
      HeldCertificate held;
      try {
        held = HeldCertificate.decode(chain.getFirst() + "\n" + key);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "cannot use client certificate "
                + certificateFile
                + " with key "
                + keyFile
                + ": "
                + e.getMessage(),
            e);
      }
      X509Certificate[] intermediates =
          chain.stream()
              .skip(1)
              .map(Certificates::decodeCertificatePem)
              .toArray(X509Certificate[]::new);
      handshake.heldCertificate(held, intermediates);
    }
    HandshakeCertificates certificates = handshake.build();
    client.sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager());
  }

  private static List<X509Certificate> certificates(Path file, String purpose) throws IOException {
    List<X509Certificate> certificates = new ArrayList<>();
    for (String pem : pemCertificates(file, purpose)) {
      try {
        certificates.add(Certificates.decodeCertificatePem(pem));
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "the "
                + purpose
                + " file "
                + file
                + " holds a certificate that cannot be read: "
                + e.getMessage(),
            e);
      }
    }
    return certificates;
  }

  private static List<String> pemCertificates(Path file, String purpose) throws IOException {
    Matcher m = CERTIFICATE.matcher(read(file, purpose));
    List<String> pems = new ArrayList<>();
    while (m.find()) {
      pems.add(m.group());
    }
    if (pems.isEmpty()) {
      throw new IOException(
          "the "
              + purpose
              + " file "
              + file
              + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return pems;
  }

  private static String read(Path file, String purpose) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IOException(
          "cannot read the " + purpose + " file " + file + ": " + e.getMessage(), e);
    }
  }
}
