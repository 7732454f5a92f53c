package dev.fleetscope.kubernetes;

import io.kubernetes.client.util.SSLUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the client certificate an exec credential plugin answered with in each TLS handshake:
 * the one the plugin last gave (the interceptor runs it before every request that needs it), so a
 * renewed certificate is used by the next new connection.
 */
final class ExecKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "exec-plugin";

  private final ExecCredentialPlugin plugin;
  private ExecCredential.ClientCertificate parsedFrom;
  private X509Certificate[] chain;
  private PrivateKey key;

  ExecKeyManager(ExecCredentialPlugin plugin) {
    this.plugin = plugin;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return current().isPresent() && java.util.Arrays.asList(keyType).contains(key.getAlgorithm())
        ? ALIAS
        : null;
  }

  @Override
  public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
    return chooseClientAlias(keyType, issuers, null);
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return current().map(c -> chain).orElse(null);
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return current().map(c -> key).orElse(null);
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return current().isPresent() ? new String[] {ALIAS} : null;
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return null;
  }

  /** The plugin's certificate, parsed once per answer; empty when it answered a token. */
  private synchronized Optional<ExecCredential.ClientCertificate> current() {
    if (!(plugin.kept().orElse(null) instanceof ExecCredential.ClientCertificate cert)) {
      return Optional.empty();
    }
    if (cert != parsedFrom) {
      try {
        chain =
            CertificateFactory.getInstance("X.509")
                .generateCertificates(
                    new ByteArrayInputStream(
                        cert.certificatePem().getBytes(StandardCharsets.UTF_8)))
                .stream()
                .map(X509Certificate.class::cast)
                .toArray(X509Certificate[]::new);
        // PKCS#1, PKCS#8 or EC PEM, read by client-java with BouncyCastle, which names EC keys
        // "ECDSA"; re-made as the JDK's own key, whose algorithm its TLS matches against "EC"
        PrivateKey read = SSLUtils.loadKey(cert.keyPem().getBytes(StandardCharsets.UTF_8));
        String algorithm = "ECDSA".equals(read.getAlgorithm()) ? "EC" : read.getAlgorithm();
        key =
            KeyFactory.getInstance(algorithm)
                .generatePrivate(new PKCS8EncodedKeySpec(read.getEncoded()));
        parsedFrom = cert;
      } catch (GeneralSecurityException | IOException e) {
        // the handshake goes on without a certificate and the server refuses it: the interceptor
        // has already checked that the PEM reads, so this is not expected
        return Optional.empty();
      }
    }
    return Optional.of(cert);
  }
}
