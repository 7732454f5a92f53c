package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.pipelines.http.Credentials;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A Kubeflow Pipelines pipeline, run at a version with runtime parameters. KFP refuses parameters
 * its pipeline does not declare, so the reason is passed as a parameter only when {@code
 * reasonParameter} names one (it receives the reason as a JSON string); it always goes in the run's
 * description.
 *
 * @param versionId empty for the pipeline's latest version
 * @param experimentId empty for the default experiment
 */
public record KubeflowPipeline(
    String source,
    HttpUrl base,
    String pipelineId,
    Optional<String> versionId,
    Optional<String> experimentId,
    Map<String, Object> parameters,
    Optional<String> reasonParameter,
    Credentials credentials)
    implements TriggerTarget {
  public KubeflowPipeline {
    if (pipelineId == null || pipelineId.isBlank()) {
      throw new IllegalArgumentException("name the Kubeflow pipeline to run");
    }
    parameters = Map.copyOf(parameters);
  }

  @Override
  public String describe() {
    return "Kubeflow Pipelines "
        + base
        + ", pipeline "
        + pipelineId
        + versionId.map(v -> " version " + v).orElse(" (latest version)");
  }
}
