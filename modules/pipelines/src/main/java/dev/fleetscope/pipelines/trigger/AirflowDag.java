package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.pipelines.airflow.AirflowVersion;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A DAG of an Airflow 2 or 3, started with {@code conf}: the given entries plus the reason under
 * {@code reasonKey}.
 *
 * @param version the API to use; empty to ask the server ({@code GET /api/v2/version})
 */
public record AirflowDag(
    String source,
    HttpUrl base,
    String dagId,
    Optional<AirflowVersion> version,
    String username,
    String password,
    Map<String, Object> conf,
    String reasonKey)
    implements TriggerTarget {
  public static final String REASON_KEY = "fleetscope_reason";

  public AirflowDag {
    if (dagId == null || dagId.isBlank()) {
      throw new IllegalArgumentException("name the DAG to trigger");
    }
    conf = Map.copyOf(conf);
  }

  /** A DAG started with only the reason in its conf, on whichever Airflow answers. */
  public static AirflowDag of(
      String source, HttpUrl base, String dagId, String username, String password) {
    return new AirflowDag(
        source, base, dagId, Optional.empty(), username, password, Map.of(), REASON_KEY);
  }

  public AirflowDag withVersion(AirflowVersion version) {
    return new AirflowDag(
        source, base, dagId, Optional.of(version), username, password, conf, reasonKey);
  }

  @Override
  public String describe() {
    return "Airflow " + base + ", DAG " + dagId;
  }

  @Override
  public String toString() {
    return "AirflowDag[" + describe() + ", user " + username + "]";
  }
}
