package dev.fleetscope.kubernetes;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.credentials.ClientCertificateAuthentication;
import io.kubernetes.client.util.credentials.UsernamePasswordAuthentication;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Connects kubeconfig contexts as kubectl would: the cluster's server, CA and TLS server name, TLS
 * verification skipped only when the cluster says {@code insecure-skip-tls-verify: true}, and the
 * user's client certificate, basic credentials, token, token file, exec plugin or auth provider.
 * Tokens are refreshed when they expire or the server refuses them. A read-only connector's
 * connections refuse every non-GET request.
 */
public final class ClusterConnector {
  /**
   * Longer than the server-side timeout of a watch, so a quiet watch ends on the server's terms.
   */
  private static final Duration WATCH_READ_TIMEOUT = Duration.ofMinutes(6);

  private final Kubeconfig kubeconfig;
  private final boolean readOnly;
  private final Duration requestTimeout;
  private final Clock clock;

  public ClusterConnector(
      Kubeconfig kubeconfig, boolean readOnly, Duration requestTimeout, Clock clock) {
    this.kubeconfig = kubeconfig;
    this.readOnly = readOnly;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  public ClusterConnector(Kubeconfig kubeconfig, boolean readOnly) {
    this(kubeconfig, readOnly, Duration.ofSeconds(30), Clock.systemUTC());
  }

  public Kubeconfig kubeconfig() {
    return kubeconfig;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public ClusterConnection connect(String contextName) throws IOException {
    KubeContext context =
        kubeconfig
            .context(contextName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no context '"
                            + contextName
                            + "' in the kubeconfig (contexts: "
                            + String.join(
                                ", ",
                                kubeconfig.contexts().stream().map(KubeContext::name).toList())
                            + ")"));
    KubeConfig config = kubeconfig.forContext(contextName);
    if (config.getServer() == null || config.getServer().isBlank()) {
      throw new IllegalArgumentException(
          "context " + contextName + ": cluster " + context.cluster() + " has no server");
    }
    ClientBuilder builder =
        new ClientBuilder()
            .setBasePath(config.getServer())
            .setVerifyingSsl(config.verifySSL())
            .setReadTimeout(WATCH_READ_TIMEOUT);
    byte[] ca =
        config.getDataOrFileRelative(
            config.getCertificateAuthorityData(), config.getCertificateAuthorityFile());
    if (ca != null) {
      builder.setCertificateAuthority(ca);
    }
    if (config.getTlsServerName() != null && !config.getTlsServerName().isBlank()) {
      builder.setTlsServerName(config.getTlsServerName());
    }
    byte[] cert =
        config.getDataOrFileRelative(
            config.getClientCertificateData(), config.getClientCertificateFile());
    byte[] key = config.getDataOrFileRelative(config.getClientKeyData(), config.getClientKeyFile());
    if (cert != null && key != null) {
      builder.setAuthentication(new ClientCertificateAuthentication(cert, key));
    } else if (config.getUsername() != null && config.getPassword() != null) {
      builder.setAuthentication(
          new UsernamePasswordAuthentication(config.getUsername(), config.getPassword()));
    }
    ApiClient client = builder.build();
    OkHttpClient.Builder http = client.getHttpClient().newBuilder().connectTimeout(requestTimeout);
    if (readOnly) {
      http.addInterceptor(new ReadOnlyInterceptor());
    }
    tokens(context, config).ifPresent(t -> http.addInterceptor(new BearerTokenInterceptor(t)));
    client.setHttpClient(http.build());
    return new ClusterConnection(context, client, readOnly, requestTimeout);
  }

  @SuppressWarnings("unchecked")
  private Optional<TokenSource> tokens(KubeContext context, KubeConfig config) {
    Map<String, Object> user = kubeconfig.user(context.name());
    if (user.get("exec") instanceof Map<?, ?> exec) {
      return Optional.of(
          ExecCredentialPlugin.of(context.user(), (Map<String, Object>) exec, clock));
    }
    if (user.get("auth-provider") instanceof Map<?, ?>) {
      return Optional.of(new AuthProviderToken(config));
    }
    if (user.get("token") instanceof String token && !token.isBlank()) {
      return Optional.of(TokenSource.fixed(token));
    }
    if (user.get("tokenFile") instanceof String file && !file.isBlank()) {
      return Optional.of(new TokenFile(Path.of(file), clock));
    }
    return Optional.empty();
  }
}
