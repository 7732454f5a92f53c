package dev.fleetscope.pipelines.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.airflow.AirflowLogin;
import dev.fleetscope.pipelines.airflow.AirflowVersion;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * {@code POST /api/v1/dags/{dag_id}/dagRuns} (Airflow 2) or {@code /api/v2/...} (Airflow 3) with
 * {@code conf}. Airflow 3.0 requires {@code logical_date} in the body (null allowed: the run is
 * keyed by when it is triggered, so two triggers never collide), so it is always sent, as null;
 * Airflow 2 takes none and uses now. The run id is left to Airflow ({@code manual__...}).
 */
final class AirflowProtocol implements Protocol {
  private final AirflowDag dag;
  private final AirflowVersion version;
  private final Credentials credentials;

  AirflowProtocol(AirflowDag dag, AirflowVersion version, Credentials credentials) {
    this.dag = dag;
    this.version = version;
    this.credentials = credentials;
  }

  @Override
  public PreparedTrigger prepare(RetrainReason reason) {
    Map<String, Object> conf = new LinkedHashMap<>(new java.util.TreeMap<>(dag.conf()));
    conf.put(dag.reasonKey(), reason.json());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("conf", conf);
    if (version == AirflowVersion.V3) {
      body.put("logical_date", null);
    }
    return PreparedTrigger.post(
        runs(),
        Protocol.json(body),
        Protocol.masked(
            credentials, "(a token from POST " + AirflowLogin.tokenUrl(dag.base()) + ")"));
  }

  @Override
  public Credentials credentials() {
    return credentials;
  }

  @Override
  public StartedRun started(JsonNode answer) throws SourceException {
    String runId =
        JsonFields.required(
            answer, "dag_run_id", dag.describe() + ": the answer to POST " + runs());
    return new StartedRun(
        runId, Optional.of(URI.create(version.runPage(dag.base(), dag.dagId(), runId).toString())));
  }

  private HttpUrl runs() {
    return version
        .api(dag.base())
        .addPathSegment("dags")
        .addPathSegment(dag.dagId())
        .addPathSegment("dagRuns")
        .build();
  }
}
