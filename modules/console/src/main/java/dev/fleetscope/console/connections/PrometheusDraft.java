package dev.fleetscope.console.connections;

import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.LabelNames;
import dev.fleetscope.prometheus.Tls;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.runtime.connections.SavedAuth;
import dev.fleetscope.runtime.connections.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Prometheus form as typed: plain strings and choices, turned into a connection by {@link
 * #toEntry(String)} or refused with a message naming the field. Secrets are only ever a file or an
 * environment variable's name.
 */
public record PrometheusDraft(
    String name,
    String url,
    AuthKind auth,
    SecretInput token,
    String username,
    SecretInput password,
    String caFile,
    String certificateFile,
    String keyFile,
    String clusterLabel,
    String clusterName,
    String tenant,
    String headers,
    LabelVariant labels,
    boolean exportedGpuLabels,
    String refreshSeconds) {

  public static final PrometheusDraft EMPTY =
      new PrometheusDraft(
          "",
          "",
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
          "15");

  public enum AuthKind {
    NONE("None"),
    BEARER("Bearer token"),
    BASIC("Basic auth");

    private final String label;

    AuthKind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public enum SecretKind {
    FILE("from file"),
    ENVIRONMENT("from environment variable");

    private final String label;

    SecretKind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Which label names cAdvisor uses. */
  public enum LabelVariant {
    STANDARD("pod, container"),
    LEGACY_CADVISOR("pod_name, container_name (before Kubernetes 1.16)");

    private final String label;

    LabelVariant(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Where a secret comes from, as typed: a file path or a variable name. */
  public record SecretInput(SecretKind kind, String text) {
    public static final SecretInput NONE = new SecretInput(SecretKind.FILE, "");

    SecretRef toRef(String field) {
      String value = text.strip();
      if (value.isEmpty()) {
        throw new InvalidDraft(
            field + ": name the file that holds it, or the environment variable");
      }
      if (kind == SecretKind.FILE) {
        return new SecretRef.InFile(Path.of(value));
      }
      try {
        return new SecretRef.InEnvironment(value.startsWith("$") ? value.substring(1) : value);
      } catch (IllegalArgumentException e) {
        throw new InvalidDraft(field + ": " + e.getMessage());
      }
    }

    static SecretInput of(SecretRef ref) {
      return switch (ref) {
        case SecretRef.InFile f -> new SecretInput(SecretKind.FILE, f.path().toString());
        case SecretRef.InEnvironment e -> new SecretInput(SecretKind.ENVIRONMENT, e.variable());
      };
    }
  }

  /** A draft that does not make a connection; the message names the field and what is wrong. */
  public static final class InvalidDraft extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidDraft(String message) {
      super(message);
    }
  }

  /** The same draft with another URL (the form's first field; handy in tests). */
  public PrometheusDraft withUrl(String newUrl) {
    return new PrometheusDraft(
        name,
        newUrl,
        auth,
        token,
        username,
        password,
        caFile,
        certificateFile,
        keyFile,
        clusterLabel,
        clusterName,
        tenant,
        headers,
        labels,
        exportedGpuLabels,
        refreshSeconds);
  }

  /**
   * The connection this draft describes.
   *
   * @param id the source id to give it (the edited connection's, or a fresh one)
   * @throws InvalidDraft naming the field
   */
  public PrometheusEntry toEntry(String id) {
    ConnectionSettings settings = settings(url);
    if (!name.isBlank()) {
      settings = settings.withName(id, name.strip());
    } else {
      settings = settings.withName(id, settings.displayName());
    }
    settings = field("Client certificate", settings, s -> s.withTls(tls()));
    LabelNames names =
        labels == LabelVariant.LEGACY_CADVISOR
            ? LabelNames.STANDARD.withLegacyCadvisorNames()
            : LabelNames.STANDARD;
    names = exportedGpuLabels ? names.withExportedGpuNames() : names;
    LabelNames labelNames = names;
    settings =
        field(
            "Cluster label",
            settings,
            s ->
                s.withLabels(
                    clusterLabel.isBlank()
                        ? labelNames
                        : labelNames.withClusterLabel(clusterLabel.strip())));
    if (!clusterName.isBlank()) {
      settings = settings.withClusterName(clusterName.strip());
    }
    if (!tenant.isBlank()) {
      settings = settings.withTenant(tenant.strip());
    }
    for (Map.Entry<String, String> header : parsedHeaders().entrySet()) {
      settings = field("Headers", settings, s -> s.withHeader(header.getKey(), header.getValue()));
    }
    settings = settings.withRefreshInterval(refresh());
    return new PrometheusEntry(settings, savedAuth());
  }

  /** The form filled in with a saved connection, for editing. */
  public static PrometheusDraft of(PrometheusEntry entry) {
    ConnectionSettings s = entry.settings();
    AuthKind kind =
        switch (entry.auth()) {
          case SavedAuth.None none -> AuthKind.NONE;
          case SavedAuth.Bearer bearer -> AuthKind.BEARER;
          case SavedAuth.Basic basic -> AuthKind.BASIC;
        };
    SecretInput token =
        entry.auth() instanceof SavedAuth.Bearer b ? SecretInput.of(b.token()) : SecretInput.NONE;
    String user = entry.auth() instanceof SavedAuth.Basic b ? b.username() : "";
    SecretInput password =
        entry.auth() instanceof SavedAuth.Basic b ? SecretInput.of(b.password()) : SecretInput.NONE;
    LabelNames l = s.labels();
    LabelVariant variant =
        l.pod().equals("pod_name") ? LabelVariant.LEGACY_CADVISOR : LabelVariant.STANDARD;
    String defaultName = ConnectionSettings.forUrl(s.url().toString()).displayName();
    String defaultCluster = ConnectionSettings.forUrl(s.url().toString()).clusterName();
    return new PrometheusDraft(
        s.displayName().equals(defaultName) ? "" : s.displayName(),
        s.url().toString(),
        kind,
        token,
        user,
        password,
        path(s.tls().caFile()),
        path(s.tls().clientCertificateFile()),
        path(s.tls().clientKeyFile()),
        l.cluster(),
        s.clusterName().equals(defaultCluster) ? "" : s.clusterName(),
        s.tenant().orElse(""),
        s.headers().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n")),
        variant,
        l.gpuPod().equals("exported_pod"),
        Long.toString(s.refreshInterval().toSeconds()));
  }

  private static ConnectionSettings settings(String url) {
    String u = url.strip();
    if (u.isEmpty()) {
      throw new InvalidDraft("URL: enter the server's address, e.g. http://prometheus:9090");
    }
    try {
      return ConnectionSettings.forUrl(u);
    } catch (IllegalArgumentException e) {
      throw new InvalidDraft(
          "URL: "
              + (e.getMessage().startsWith("a Prometheus URL")
                  ? e.getMessage()
                  : "a Prometheus URL looks like http://host:9090, was '" + u + "'"));
    }
  }

  private Tls tls() {
    Tls tls = caFile.isBlank() ? Tls.SYSTEM : Tls.trusting(Path.of(caFile.strip()));
    if (certificateFile.isBlank() != keyFile.isBlank()) {
      throw new IllegalArgumentException("give both the certificate file and its key file");
    }
    return certificateFile.isBlank()
        ? tls
        : tls.withClientCertificate(Path.of(certificateFile.strip()), Path.of(keyFile.strip()));
  }

  private SavedAuth savedAuth() {
    return switch (auth) {
      case NONE -> SavedAuth.NONE;
      case BEARER -> new SavedAuth.Bearer(token.toRef("Bearer token"));
      case BASIC -> {
        if (username.isBlank()) {
          throw new InvalidDraft("Basic auth: enter the user name");
        }
        yield new SavedAuth.Basic(username.strip(), password.toRef("Password"));
      }
    };
  }

  /** {@code Name: value} (or {@code Name=value}) per line; blank lines are skipped. */
  Map<String, String> parsedHeaders() {
    Map<String, String> parsed = new java.util.LinkedHashMap<>();
    String[] lines = headers.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      int equals = line.indexOf('=');
      int at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
      if (at <= 0) {
        throw new InvalidDraft(
            "Headers, line " + (i + 1) + ": expected Name: value, was '" + line + "'");
      }
      parsed.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
    }
    return parsed;
  }

  private Duration refresh() {
    try {
      long seconds = Long.parseLong(refreshSeconds.strip());
      if (seconds >= ConnectionSettings.MIN_REFRESH.toSeconds()) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidDraft(
        "Refresh: whole seconds, at least "
            + ConnectionSettings.MIN_REFRESH.toSeconds()
            + ", was '"
            + refreshSeconds
            + "'");
  }

  private interface Change {
    ConnectionSettings apply(ConnectionSettings settings);
  }

  private static ConnectionSettings field(
      String field, ConnectionSettings settings, Change change) {
    try {
      return change.apply(settings);
    } catch (InvalidDraft e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidDraft(field + ": " + e.getMessage());
    }
  }

  private static String path(Optional<Path> path) {
    return path.map(Path::toString).orElse("");
  }
}
