package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.pipelines.http.Credentials;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A WorkflowTemplate of an Argo Server, submitted with parameters ({@code name=value}). As with
 * Kubeflow, the reason is a parameter only when {@code reasonParameter} names one the template
 * declares; the workflow is always labelled with the trigger and the model.
 */
public record ArgoWorkflowTemplate(
    String source,
    HttpUrl base,
    String namespace,
    String template,
    Map<String, String> parameters,
    Optional<String> reasonParameter,
    Credentials credentials)
    implements TriggerTarget {
  public ArgoWorkflowTemplate {
    if (namespace == null || namespace.isBlank() || template == null || template.isBlank()) {
      throw new IllegalArgumentException("name the WorkflowTemplate and its namespace");
    }
    parameters = Map.copyOf(parameters);
  }

  @Override
  public String describe() {
    return "Argo Server " + base + ", WorkflowTemplate " + namespace + "/" + template;
  }
}
