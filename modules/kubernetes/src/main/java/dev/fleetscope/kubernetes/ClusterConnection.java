package dev.fleetscope.kubernetes;

import io.kubernetes.client.openapi.ApiClient;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * One kubeconfig context, connected: client-java's {@link ApiClient} for typed list and watch, and
 * the same HTTP client (credentials, TLS, read-only guard) for the raw JSON requests the writer
 * makes.
 *
 * @param requestTimeout how long a single request (not a watch) may wait for an answer
 */
public record ClusterConnection(
    KubeContext context, ApiClient apiClient, boolean readOnly, Duration requestTimeout) {
  public String name() {
    return context.name();
  }

  public String baseUrl() {
    return apiClient.getBasePath();
  }

  /** The HTTP client for single requests: it gives up after {@link #requestTimeout()}. */
  public OkHttpClient http() {
    return apiClient.getHttpClient().newBuilder().callTimeout(requestTimeout).build();
  }

  /** The HTTP client for watches, which stay open for minutes. */
  OkHttpClient watchHttp() {
    return apiClient.getHttpClient();
  }
}
