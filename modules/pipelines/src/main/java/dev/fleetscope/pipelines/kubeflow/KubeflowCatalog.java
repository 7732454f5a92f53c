package dev.fleetscope.pipelines.kubeflow;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.Shape;
import dev.fleetscope.pipelines.http.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What a Kubeflow Pipelines server offers to start a run of, for a person choosing one: its
 * pipelines, a pipeline's versions and its experiments (v2beta1), each newest first and at most
 * {@link #PAGE} of them, one request each.
 */
public final class KubeflowCatalog implements AutoCloseable {
  /** More than a person picks from; an older one is typed by id. */
  public static final int PAGE = 100;

  private final HttpUrl base;
  private final Optional<String> namespace;
  private final JsonHttp http;
  private final String name;

  /** One pipeline, version or experiment: its id, and the name a person knows it by. */
  public record Choice(String id, String name) {
    /** {@code training (3f2a…)}: names repeat across versions, ids do not. */
    public String label() {
      return name.isEmpty() || name.equals(id) ? id : name + " (" + id + ")";
    }
  }

  /**
   * @param more the server has older ones than these
   */
  public record Listing(List<Choice> choices, boolean more) {}

  /**
   * @param namespace the profile namespace of a multi-user deployment, or empty
   */
  public KubeflowCatalog(
      SourceSettings settings, HttpUrl base, Credentials credentials, Optional<String> namespace) {
    this.base = base;
    this.namespace = namespace;
    this.http = settings.json(credentials);
    this.name = settings.displayName();
  }

  public Listing pipelines() throws SourceException {
    return list(api("pipelines"), true, "pipelines", "pipeline_id", "pipeline list");
  }

  public Listing versions(String pipelineId) throws SourceException {
    return list(
        api("pipelines").addPathSegment(pipelineId).addPathSegment("versions"),
        false,
        "pipeline_versions",
        "pipeline_version_id",
        "versions of pipeline " + pipelineId);
  }

  public Listing experiments() throws SourceException {
    return list(api("experiments"), true, "experiments", "experiment_id", "experiment list");
  }

  private HttpUrl.Builder api(String collection) {
    return base.newBuilder().addPathSegments("apis/v2beta1").addPathSegment(collection);
  }

  private Listing list(
      HttpUrl.Builder url, boolean namespaced, String items, String idField, String what)
      throws SourceException {
    String context = name + ": " + what;
    url.addQueryParameter("page_size", Integer.toString(PAGE))
        .addQueryParameter("sort_by", "created_at desc");
    if (namespaced) {
      namespace.ifPresent(ns -> url.addQueryParameter("namespace", ns));
    }
    // KFP's gateway leaves out an empty list and the last page's token
    JsonNode body =
        http.get(
            url.build(),
            Shape.object(Shape.optional(items, ARRAY), Shape.optional("next_page_token", STRING)));
    List<Choice> choices = new ArrayList<>();
    for (JsonNode item : JsonFields.array(body, items, context)) {
      String id = JsonFields.required(item, idField, context);
      choices.add(new Choice(id, JsonFields.text(item, "display_name").orElse("")));
    }
    return new Listing(List.copyOf(choices), !body.path("next_page_token").asText("").isEmpty());
  }

  @Override
  public void close() {
    http.close();
  }
}
