package dev.fleetscope.pipelines.airflow;

import okhttp3.HttpUrl;

/**
 * The two Airflow REST APIs: 2.x's {@code /api/v1} (basic auth) and 3.x's {@code /api/v2} (JWT).
 */
public enum AirflowVersion {
  V2("api/v1", 100),
  V3("api/v2", 50);

  private final String prefix;
  private final int pageSize;

  AirflowVersion(String prefix, int pageSize) {
    this.prefix = prefix;
    this.pageSize = pageSize;
  }

  /** The API root under the server's base URL. */
  public HttpUrl.Builder api(HttpUrl base) {
    return base.newBuilder().addPathSegments(prefix);
  }

  /** Runs per page: Airflow 2's default and maximum is 100, Airflow 3's default 50. */
  public int pageSize() {
    return pageSize;
  }

  /** The run's page in the Airflow UI. */
  public HttpUrl runPage(HttpUrl base, String dagId, String runId) {
    return switch (this) {
      case V2 ->
          base.newBuilder()
              .addPathSegment("dags")
              .addPathSegment(dagId)
              .addPathSegment("grid")
              .addQueryParameter("dag_run_id", runId)
              .build();
      case V3 ->
          base.newBuilder()
              .addPathSegment("dags")
              .addPathSegment(dagId)
              .addPathSegment("runs")
              .addPathSegment(runId)
              .build();
    };
  }
}
