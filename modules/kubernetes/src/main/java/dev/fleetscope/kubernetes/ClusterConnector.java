package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.net.Deadlines;
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
import javax.net.ssl.KeyManager;
import okhttp3.OkHttpClient;

/**
 * Connects kubeconfig contexts as kubectl would: the cluster's server, CA and TLS server name, TLS
 * verification skipped only when the cluster says {@code insecure-skip-tls-verify: true}, and the
 * user's client certificate, basic credentials, token, token file, exec plugin (token or client
 * certificate) or auth provider. Credentials are refreshed when they expire or the server refuses
 * them. Every request keeps the connector's {@link Deadlines}; an exec plugin runs within half the
 * whole-call deadline. A read-only connector's connections refuse every non-GET request.
 */
public final class ClusterConnector {
  private final Kubeconfig kubeconfig;
  private final boolean readOnly;
  private final Deadlines deadlines;
  private final boolean terminal;
  private final Clock clock;

  /**
   * @param deadlines of every request ({@link Deadlines#DEFAULT} suits a person waiting)
   * @param terminal whether Fleetscope runs in a terminal an exec plugin may prompt on (the command
   *     line at a terminal, which then calls {@link ClusterConnection#signIn()} before its first
   *     request; never the console)
   */
  public ClusterConnector(
      Kubeconfig kubeconfig, boolean readOnly, Deadlines deadlines, boolean terminal, Clock clock) {
    this.kubeconfig = kubeconfig;
    this.readOnly = readOnly;
    this.deadlines = deadlines;
    this.terminal = terminal;
    this.clock = clock;
  }

  public ClusterConnector(Kubeconfig kubeconfig, boolean readOnly) {
    this(kubeconfig, readOnly, Deadlines.DEFAULT, false, Clock.systemUTC());
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
            .setReadTimeout(deadlines.read());
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
    Optional<ExecCredentialPlugin> exec = execPlugin(context, config);
    if (exec.isPresent()) {
      ExecKeyManager keys = new ExecKeyManager(exec.get());
      builder.setAuthentication(api -> api.setKeyManagers(new KeyManager[] {keys}));
    } else if (cert != null && key != null) {
      builder.setAuthentication(new ClientCertificateAuthentication(cert, key));
    } else if (config.getUsername() != null && config.getPassword() != null) {
      builder.setAuthentication(
          new UsernamePasswordAuthentication(config.getUsername(), config.getPassword()));
    }
    ApiClient client = builder.build();
    OkHttpClient.Builder http =
        client
            .getHttpClient()
            .newBuilder()
            .connectTimeout(deadlines.connect())
            .readTimeout(deadlines.read())
            .writeTimeout(deadlines.read())
            .callTimeout(deadlines.call());
    if (readOnly) {
      http.addInterceptor(new ReadOnlyInterceptor());
    }
    Optional<ExecCredentialInterceptor> execAuth = exec.map(ExecCredentialInterceptor::new);
    execAuth.ifPresent(http::addInterceptor);
    tokens(context, config).ifPresent(t -> http.addInterceptor(new BearerTokenInterceptor(t)));
    OkHttpClient built = http.build();
    execAuth.ifPresent(a -> a.onNewCertificate(() -> built.connectionPool().evictAll()));
    client.setHttpClient(built);
    return new ClusterConnection(context, client, readOnly, deadlines, exec);
  }

  @SuppressWarnings("unchecked")
  private Optional<ExecCredentialPlugin> execPlugin(KubeContext context, KubeConfig config) {
    if (!(kubeconfig.user(context.name()).get("exec") instanceof Map<?, ?> exec)) {
      return Optional.empty();
    }
    ObjectNode cluster = KubeHttp.JSON.createObjectNode().put("server", config.getServer());
    if (config.getCertificateAuthorityData() != null) {
      cluster.put("certificate-authority-data", config.getCertificateAuthorityData());
    }
    cluster.put("insecure-skip-tls-verify", !config.verifySSL());
    return Optional.of(
        new ExecCredentialPlugin(
            context.user(),
            (Map<String, Object>) exec,
            Optional.of(cluster),
            pluginDeadline(deadlines),
            terminal,
            clock));
  }

  /**
   * An exec plugin runs inside the request that needs its credential: it gets half the whole-call
   * deadline (15 s by default), so that a hung plugin is stopped and named before the request's own
   * deadline passes.
   */
  static Duration pluginDeadline(Deadlines deadlines) {
    return deadlines.call().dividedBy(2);
  }

  private Optional<TokenSource> tokens(KubeContext context, KubeConfig config) {
    Map<String, Object> user = kubeconfig.user(context.name());
    if (user.get("exec") instanceof Map<?, ?>) {
      return Optional.empty();
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
