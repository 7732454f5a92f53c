package dev.fleetscope.pipelines.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * {@code POST /api/v1/workflows/{namespace}/submit} from a WorkflowTemplate with parameters as
 * {@code name=value}, labelled {@code fleetscope.dev/trigger=drift} and {@code
 * fleetscope.dev/model=<model>}. The run id is {@code namespace/name}, as the Argo source reports
 * workflows.
 */
final class ArgoProtocol implements Protocol {
  private final ArgoWorkflowTemplate template;

  ArgoProtocol(ArgoWorkflowTemplate template) {
    this.template = template;
  }

  @Override
  public PreparedTrigger prepare(RetrainReason reason) {
    List<String> parameters = new ArrayList<>();
    new TreeMap<>(template.parameters()).forEach((k, v) -> parameters.add(k + "=" + v));
    template
        .reasonParameter()
        .ifPresent(name -> parameters.add(name + "=" + Protocol.json(reason.json())));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("parameters", parameters);
    options.put(
        "labels",
        "fleetscope.dev/trigger="
            + reason.cause().label()
            + ",fleetscope.dev/model="
            + labelValue(reason.model()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("namespace", template.namespace());
    body.put("resourceKind", "WorkflowTemplate");
    body.put("resourceName", template.template());
    body.put("submitOptions", options);
    return PreparedTrigger.post(
        submit(), Protocol.json(body), Protocol.masked(template.credentials(), ""));
  }

  @Override
  public Credentials credentials() {
    return template.credentials();
  }

  @Override
  public StartedRun started(JsonNode answer) throws SourceException {
    String context = template.describe() + ": the answer to POST " + submit();
    JsonNode metadata = answer.path("metadata");
    String name = JsonFields.required(metadata, "name", context);
    String namespace = JsonFields.text(metadata, "namespace").orElse(template.namespace());
    URI page =
        URI.create(
            template
                .base()
                .newBuilder()
                .addPathSegment("workflows")
                .addPathSegment(namespace)
                .addPathSegment(name)
                .build()
                .toString());
    return new StartedRun(namespace + "/" + name, Optional.of(page));
  }

  /**
   * A Kubernetes label value: at most 63 of {@code [A-Za-z0-9_.-]}, starting and ending with a
   * letter or digit.
   */
  static String labelValue(String text) {
    String value = text.replaceAll("[^A-Za-z0-9_.-]", "_");
    value = value.length() > 63 ? value.substring(0, 63) : value;
    return value.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[^A-Za-z0-9]+$", "");
  }

  private HttpUrl submit() {
    return template
        .base()
        .newBuilder()
        .addPathSegments("api/v1/workflows")
        .addPathSegment(template.namespace())
        .addPathSegment("submit")
        .build();
  }
}
