package dev.fleetscope.prometheus;

import dev.fleetscope.model.net.Deadlines;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to read one Prometheus (or Thanos Query, Mimir, VictoriaMetrics): what the
 * Connections view edits and persists with {@link ConnectionSettingsJson}.
 *
 * @param id the source id, unique among the console's sources
 * @param url the server's base URL; the API lives under {@code url/api/v1} (Mimir: {@code
 *     https://host/prometheus})
 * @param tenant the Thanos/Mimir/Cortex tenant, sent as {@code X-Scope-OrgID}
 * @param headers further headers sent with every request
 * @param clusterName what to call the cluster when {@link LabelNames#cluster()} is empty (one
 *     cluster per Prometheus)
 * @param refreshInterval how often live readings are taken; never less than {@link #MIN_REFRESH}
 */
public record ConnectionSettings(
    String id,
    String displayName,
    URI url,
    Auth auth,
    Tls tls,
    Optional<String> tenant,
    Map<String, String> headers,
    LabelNames labels,
    String clusterName,
    Duration refreshInterval,
    Timeouts timeouts) {

  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);
  public static final Duration MIN_REFRESH = Duration.ofSeconds(5);
  static final String TENANT_HEADER = "X-Scope-OrgID";

  public ConnectionSettings {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
      throw new IllegalArgumentException(
          "a Prometheus URL looks like http://host:9090, was '" + url + "'");
    }
    if (url.getQuery() != null || url.getFragment() != null) {
      throw new IllegalArgumentException(
          "a Prometheus URL has no query or fragment, was '" + url + "'");
    }
    if (clusterName == null || clusterName.isBlank()) {
      throw new IllegalArgumentException(
          "a connection needs a cluster name for series without a cluster label");
    }
    headers = Map.copyOf(headers);
    headers.keySet().forEach(ConnectionSettings::requireHeaderName);
    if (tls.clientCertificateFile().isPresent() && !"https".equals(scheme)) {
      throw new IllegalArgumentException(
          "a client certificate needs an https:// URL, was '" + url + "'");
    }
    refreshInterval = refreshInterval.compareTo(MIN_REFRESH) < 0 ? MIN_REFRESH : refreshInterval;
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(auth, "auth");
  }

  /** A connection without auth to a single-cluster Prometheus, named after its host. */
  public static ConnectionSettings forUrl(String url) {
    URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    String host = uri.getHost() == null ? url : uri.getHost();
    return new ConnectionSettings(
        "prometheus:" + uri.getAuthority(),
        "Prometheus " + uri.getAuthority(),
        uri,
        Auth.NONE,
        Tls.SYSTEM,
        Optional.empty(),
        Map.of(),
        LabelNames.STANDARD,
        host,
        DEFAULT_REFRESH,
        Timeouts.DEFAULT);
  }

  public ConnectionSettings withName(String newId, String newDisplayName) {
    return new ConnectionSettings(
        newId,
        newDisplayName,
        url,
        auth,
        tls,
        tenant,
        headers,
        labels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withAuth(Auth newAuth) {
    return new ConnectionSettings(
        id,
        displayName,
        url,
        newAuth,
        tls,
        tenant,
        headers,
        labels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withTls(Tls newTls) {
    return new ConnectionSettings(
        id,
        displayName,
        url,
        auth,
        newTls,
        tenant,
        headers,
        labels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withTenant(String newTenant) {
    return new ConnectionSettings(
        id,
        displayName,
        url,
        auth,
        tls,
        Optional.of(newTenant),
        headers,
        labels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ConnectionSettings(
        id,
        displayName,
        url,
        auth,
        tls,
        tenant,
        more,
        labels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withLabels(LabelNames newLabels) {
    return new ConnectionSettings(
        id,
        displayName,
        url,
        auth,
        tls,
        tenant,
        headers,
        newLabels,
        clusterName,
        refreshInterval,
        timeouts);
  }

  public ConnectionSettings withClusterName(String name) {
    return new ConnectionSettings(
        id, displayName, url, auth, tls, tenant, headers, labels, name, refreshInterval, timeouts);
  }

  public ConnectionSettings withRefreshInterval(Duration interval) {
    return new ConnectionSettings(
        id, displayName, url, auth, tls, tenant, headers, labels, clusterName, interval, timeouts);
  }

  public ConnectionSettings withTimeouts(Timeouts newTimeouts) {
    return new ConnectionSettings(
        id,
        displayName,
        url,
        auth,
        tls,
        tenant,
        headers,
        labels,
        clusterName,
        refreshInterval,
        newTimeouts);
  }

  /**
   * The deadlines of every request (the app's {@code --timeout}, or the source's own setting); the
   * query timeout, retries and backoff stay as they are.
   */
  public ConnectionSettings withDeadlines(Deadlines deadlines) {
    return withTimeouts(timeouts.withDeadlines(deadlines));
  }

  /** Every header sent besides auth: the tenant first, then the extra headers. */
  Map<String, String> fixedHeaders() {
    Map<String, String> all = new LinkedHashMap<>();
    tenant.filter(t -> !t.isBlank()).ifPresent(t -> all.put(TENANT_HEADER, t));
    all.putAll(headers);
    return all;
  }

  private static void requireHeaderName(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
      throw new IllegalArgumentException("not an HTTP header name: '" + name + "'");
    }
  }
}
