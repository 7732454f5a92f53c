package dev.fleetscope.kubernetes;

import dev.fleetscope.model.net.Deadlines;
import io.kubernetes.client.openapi.ApiClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * One kubeconfig context, connected: client-java's {@link ApiClient} for typed list and watch, and
 * the same HTTP client (credentials, TLS, read-only guard, deadlines) for the raw JSON requests the
 * writer and the inventory make. {@link #close()} cancels every request in flight.
 */
public final class ClusterConnection implements AutoCloseable {
  private final KubeContext context;
  private final ApiClient apiClient;
  private final boolean readOnly;
  private final Deadlines deadlines;
  private final OkHttpClient watchHttp;
  private final Optional<ExecCredentialPlugin> exec;

  ClusterConnection(
      KubeContext context,
      ApiClient apiClient,
      boolean readOnly,
      Deadlines deadlines,
      Optional<ExecCredentialPlugin> exec) {
    this.context = context;
    this.apiClient = apiClient;
    this.readOnly = readOnly;
    this.deadlines = deadlines;
    this.exec = exec;
    this.watchHttp = apiClient.getHttpClient().newBuilder().callTimeout(Duration.ZERO).build();
  }

  public KubeContext context() {
    return context;
  }

  /** client-java's client: its HTTP client keeps the connection's deadlines. */
  public ApiClient apiClient() {
    return apiClient;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** The deadlines of every single request; watches follow {@link WatchCall}'s rule. */
  public Deadlines deadlines() {
    return deadlines;
  }

  public String name() {
    return context.name();
  }

  public String baseUrl() {
    return apiClient.getBasePath();
  }

  /** The HTTP client for single requests: connect, read and whole-call deadlines. */
  public OkHttpClient http() {
    return apiClient.getHttpClient();
  }

  /**
   * The HTTP client for watches, which stay open for minutes by design: the read deadline bounds
   * the wait for the answer's first byte, and each watch sets its own whole-call deadline.
   */
  OkHttpClient watchHttp() {
    return watchHttp;
  }

  /**
   * Runs the context's exec credential plugin now, outside any request, when it has one and holds
   * no valid credential: at a terminal, before the first request, so that an interactive login
   * (which may take minutes) is not cut off by the request's whole-call deadline.
   */
  public void signIn() throws IOException {
    if (exec.isPresent()) {
      exec.get().credential();
    }
  }

  /** Cancels every request and watch in flight on this connection (they share one dispatcher). */
  @Override
  public void close() {
    http().dispatcher().cancelAll();
  }
}
