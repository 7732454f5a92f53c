package dev.fleetscope.pipelines.argo;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.OBJECT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.Paging;
import dev.fleetscope.pipelines.PollWindow;
import dev.fleetscope.pipelines.RunBook;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.http.Shape;
import dev.fleetscope.pipelines.http.SourceException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Argo Workflows of some namespaces, through any {@link WorkflowLister}. Each poll lists, page by
 * page to the end, the workflows created since the previous poll or since the oldest one still open
 * then.
 */
public final class ArgoSource implements PipelineSource {
  private static final int PAGE_SIZE = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A {@code WorkflowList}: Go writes an empty list of items as null. */
  static final Shape WORKFLOW_LIST =
      Shape.object(Shape.optional("items", ARRAY), Shape.optional("metadata", OBJECT));

  private final SourceSettings settings;
  private final WorkflowLister lister;
  private final List<String> namespaces;
  private final WorkflowParser parser;
  private final PollWindow window;
  private final RunBook book = new RunBook();

  /**
   * @param links the UI page of a workflow by namespace and name; empty where there is no UI
   */
  public ArgoSource(
      SourceSettings settings,
      WorkflowLister lister,
      List<String> namespaces,
      BiFunction<String, String, Optional<URI>> links) {
    if (namespaces.isEmpty()) {
      throw new IllegalArgumentException(
          settings.displayName() + ": name at least one namespace to watch");
    }
    this.settings = settings;
    this.lister = lister;
    this.namespaces = List.copyOf(namespaces);
    this.parser = new WorkflowParser(settings.id(), settings.displayName(), links);
    this.window = new PollWindow(settings.history());
  }

  /** Workflows from an Argo Server, linking each run to its page there. */
  public static ArgoSource server(
      SourceSettings settings, ArgoServerLister lister, List<String> namespaces) {
    return new ArgoSource(
        settings,
        lister,
        namespaces,
        (ns, name) -> Optional.of(URI.create(lister.workflowPage(ns, name).toString())));
  }

  /** Cancels the requests in flight, for the console when the source is removed and on exit. */
  @Override
  public void close() {
    lister.close();
  }

  @Override
  public String id() {
    return settings.id();
  }

  @Override
  public String displayName() {
    return settings.displayName();
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public List<PipelineRun> poll() throws SourceException {
    Instant now = settings.clock().instant();
    Instant since = window.since(now);
    List<Instant> open = new ArrayList<>();
    for (String namespace : namespaces) {
      Optional<String> token = Optional.empty();
      Paging paging = new Paging(displayName() + ": workflows of " + namespace);
      do {
        JsonNode list = page(namespace, since, token);
        for (JsonNode workflow :
            JsonFields.array(list, "items", displayName() + ": workflows of " + namespace)) {
          WorkflowParser.Parsed parsed = parser.parse(workflow);
          if (parsed.created().isBefore(since)) {
            continue; // the Kubernetes API lists everything; older workflows are already known and
            // settled
          }
          book.put(parsed.run());
          if (parsed.open()) {
            open.add(parsed.created());
          }
        }
        token = JsonFields.text(list.path("metadata"), "continue");
        paging.next(token.orElse(""));
      } while (token.isPresent());
    }
    window.polled(now, open);
    return book.keepSince(window.horizon(now), now);
  }

  private JsonNode page(String namespace, Instant since, Optional<String> token)
      throws SourceException {
    String json;
    try {
      json = lister.list(namespace, Optional.of(since), PAGE_SIZE, token);
    } catch (SourceException e) {
      throw e;
    } catch (IOException e) {
      throw new SourceException(
          displayName()
              + ": cannot list workflows of "
              + namespace
              + " from "
              + lister.describe()
              + ": "
              + e.getMessage(),
          e);
    }
    JsonNode list;
    try {
      list = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new SourceException(
          displayName()
              + ": the workflow list from "
              + lister.describe()
              + " is not JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + "; it begins: "
              + Excerpt.of(json),
          e);
    }
    Optional<String> problem =
        list == null ? Optional.of("it is empty") : WORKFLOW_LIST.problem(list);
    if (problem.isPresent()) {
      throw new SourceException(
          displayName()
              + ": the workflow list from "
              + lister.describe()
              + " does not fit the API: "
              + problem.get()
              + "; it begins: "
              + Excerpt.of(json));
    }
    return list;
  }
}
