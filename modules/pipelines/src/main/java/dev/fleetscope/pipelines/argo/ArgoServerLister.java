package dev.fleetscope.pipelines.argo;

import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.SourceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Workflows from the Argo Server API ({@code GET /api/v1/workflows/{namespace}}, bearer token),
 * asking only for the fields a run needs: the spec's templates and the stored workflow spec can be
 * megabytes.
 */
public final class ArgoServerLister implements WorkflowLister {
  static final String FIELDS =
      "metadata,items.metadata.name,items.metadata.namespace,items.metadata.uid,"
          + "items.metadata.creationTimestamp,items.metadata.labels,items.metadata.generateName,"
          + "items.spec.suspend,items.spec.shutdown,items.status.phase,items.status.startedAt,"
          + "items.status.finishedAt,items.status.message,items.status.nodes";

  private final HttpUrl base;
  private final JsonHttp http;

  public ArgoServerLister(HttpUrl base, JsonHttp http) {
    this.base = base;
    this.http = http;
  }

  @Override
  public String list(
      String namespace, Optional<Instant> createdAfter, int limit, Optional<String> continueToken)
      throws SourceException {
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegments("api/v1/workflows")
            .addPathSegment(namespace)
            .addQueryParameter("listOptions.limit", Integer.toString(limit))
            .addQueryParameter("fields", FIELDS);
    createdAfter.ifPresent(
        at -> url.addQueryParameter("createdAfter", at.truncatedTo(ChronoUnit.SECONDS).toString()));
    continueToken.ifPresent(token -> url.addQueryParameter("listOptions.continue", token));
    return http.get(url.build(), ArgoSource.WORKFLOW_LIST).toString();
  }

  /** The workflow's page in the Argo UI. */
  public HttpUrl workflowPage(String namespace, String name) {
    return base.newBuilder()
        .addPathSegment("workflows")
        .addPathSegment(namespace)
        .addPathSegment(name)
        .build();
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String describe() {
    return "Argo Server " + base;
  }
}
