package dev.fleetscope.pipelines.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * {@code POST /apis/v2beta1/runs}: a run of a pipeline version ({@code pipeline_version_reference})
 * with {@code runtime_config.parameters}, named and described after its reason.
 */
final class KubeflowProtocol implements Protocol {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final KubeflowPipeline pipeline;
  private final Clock clock;

  KubeflowProtocol(KubeflowPipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public PreparedTrigger prepare(RetrainReason reason) {
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("pipeline_id", pipeline.pipelineId());
    pipeline.versionId().ifPresent(v -> reference.put("pipeline_version_id", v));
    Map<String, Object> parameters = new LinkedHashMap<>(new TreeMap<>(pipeline.parameters()));
    pipeline
        .reasonParameter()
        .ifPresent(name -> parameters.put(name, Protocol.json(reason.json())));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "display_name",
        "Retrain " + reason.model() + " (Fleetscope, " + AT.format(clock.instant()) + ")");
    body.put("description", reason.summary() + "\n\nReason: " + Protocol.json(reason.json()));
    pipeline.experimentId().ifPresent(e -> body.put("experiment_id", e));
    body.put("pipeline_version_reference", reference);
    body.put("runtime_config", Map.of("parameters", parameters));
    return PreparedTrigger.post(
        runs(), Protocol.json(body), Protocol.masked(pipeline.credentials(), ""));
  }

  @Override
  public Credentials credentials() {
    return pipeline.credentials();
  }

  @Override
  public StartedRun started(JsonNode answer) throws SourceException {
    String runId =
        JsonFields.required(
            answer, "run_id", pipeline.describe() + ": the answer to POST " + runs());
    return new StartedRun(
        runId,
        Optional.of(
            URI.create(
                pipeline
                    .base()
                    .newBuilder()
                    .fragment("/runs/details/" + runId)
                    .build()
                    .toString())));
  }

  private HttpUrl runs() {
    return pipeline.base().newBuilder().addPathSegments("apis/v2beta1/runs").build();
  }
}
