package dev.fleetscope.prometheus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * TLS beyond the JVM's defaults: a CA bundle to trust instead of the system's (as Prometheus's own
 * {@code ca_file} does), and a client certificate with its key for mutual TLS. Files are PEM; the
 * key must be PKCS#8 ({@code BEGIN PRIVATE KEY}).
 */
public record Tls(
    Optional<Path> caFile, Optional<Path> clientCertificateFile, Optional<Path> clientKeyFile) {
  public static final Tls SYSTEM = new Tls(Optional.empty(), Optional.empty(), Optional.empty());

  public Tls {
    if (clientCertificateFile.isPresent() != clientKeyFile.isPresent()) {
      throw new IllegalArgumentException(
          "a client certificate needs both its certificate file and its key file");
    }
  }

  public static Tls trusting(Path caFile) {
    return new Tls(Optional.of(caFile), Optional.empty(), Optional.empty());
  }

  public Tls withClientCertificate(Path certificateFile, Path keyFile) {
    return new Tls(caFile, Optional.of(certificateFile), Optional.of(keyFile));
  }

  public boolean isDefault() {
    return caFile.isEmpty() && clientCertificateFile.isEmpty();
  }
}
