package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.kubernetes.ClusterConnection;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.pipelines.argo.WorkflowLister;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.SourceException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Argo Workflows through the Kubernetes API of a kubeconfig context: {@code GET
 * /apis/argoproj.io/v1alpha1/namespaces/{ns}/workflows} with {@code limit} and {@code continue},
 * over the context's own HTTP client (its TLS, credentials and token refresh). The Kubernetes API
 * cannot filter by creation time, so {@code createdAfter} is left to the caller. A 404 means the
 * cluster serves no Argo Workflows.
 */
public final class KubernetesWorkflowLister implements WorkflowLister {
  private final String context;
  private final HttpUrl base;
  private final JsonHttp http;

  KubernetesWorkflowLister(String context, HttpUrl base, JsonHttp http) {
    this.context = context;
    this.base = base;
    this.http = http;
  }

  /** Connects {@code context} (once; {@link Connections} keeps it) and lists through it. */
  public static KubernetesWorkflowLister open(
      Connections connections, String context, Backoff backoff, Clock clock) throws IOException {
    ClusterConnection connection;
    try {
      connection = connections.connection(context);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    HttpUrl base = HttpUrl.parse(connection.baseUrl());
    if (base == null) {
      throw new IOException(
          "context "
              + context
              + ": the server '"
              + connection.baseUrl()
              + "' is not an http(s) URL");
    }
    String name = "Kubernetes context " + context;
    // The connection's client already authenticates every request; JsonHttp adds backoff and clear
    // messages.
    return new KubernetesWorkflowLister(
        context,
        base,
        new JsonHttp(
            name, connection.http(), connection.deadlines(), Credentials.none(), backoff, clock));
  }

  @Override
  public String list(
      String namespace, Optional<Instant> createdAfter, int limit, Optional<String> continueToken)
      throws SourceException {
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegments("apis/argoproj.io/v1alpha1/namespaces")
            .addPathSegment(namespace)
            .addPathSegment("workflows")
            .addQueryParameter("limit", Integer.toString(limit));
    continueToken.ifPresent(token -> url.addQueryParameter("continue", token));
    HttpUrl request = url.build();
    return http.getIfFound(request)
        .orElseThrow(
            () ->
                new SourceException(
                    describe()
                        + ": GET "
                        + request
                        + " returned 404 Not Found: the cluster serves no workflows.argoproj.io/v1alpha1 (is Argo Workflows installed?)"))
        .toString();
  }

  @Override
  public String describe() {
    return "Kubernetes context " + context;
  }
}
