package dev.fleetscope.pipelines.kubeflow;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.Paging;
import dev.fleetscope.pipelines.PollWindow;
import dev.fleetscope.pipelines.RunBook;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.Shape;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Runs of a Kubeflow Pipelines v2beta1 API ({@code /apis/v2beta1/runs}). Each poll lists, newest
 * first and page by page to the end, the runs created since the previous poll or since the oldest
 * run still open then (a run has no update time to filter on); failed runs get their failed tasks
 * and errors.
 */
public final class KubeflowSource implements PipelineSource {
  private static final int PAGE_SIZE = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** KFP's gateway leaves out an empty list and the last page's token. */
  private static final Shape RUNS =
      Shape.object(Shape.optional("runs", ARRAY), Shape.optional("next_page_token", STRING));

  private final SourceSettings settings;
  private final HttpUrl base;
  private final Optional<String> namespace;
  private final JsonHttp http;
  private final PollWindow window;
  private final RunBook book = new RunBook();
  private final Map<String, String> pipelineNames = new HashMap<>();

  /**
   * @param base the KFP API or UI endpoint (e.g. {@code http://ml-pipeline-ui.kubeflow}); paths are
   *     added to it
   * @param namespace the profile namespace of a multi-user deployment, or empty
   */
  public KubeflowSource(
      SourceSettings settings, HttpUrl base, Credentials credentials, Optional<String> namespace) {
    this.settings = settings;
    this.base = base;
    this.namespace = namespace;
    this.http = settings.json(credentials);
    this.window = new PollWindow(settings.history());
  }

  /** Cancels the requests in flight, for the console when the source is removed and on exit. */
  @Override
  public void close() {
    http.close();
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
    String filter = createdSince(window.since(now).truncatedTo(ChronoUnit.SECONDS));
    Optional<Instant> startedAt = Optional.empty();
    List<Instant> open = new ArrayList<>();
    String pageToken = "";
    Paging paging = new Paging(displayName() + ": run list");
    do {
      HttpUrl.Builder url =
          runs()
              .addQueryParameter("page_size", Integer.toString(PAGE_SIZE))
              .addQueryParameter("sort_by", "created_at desc")
              .addQueryParameter("filter", filter);
      namespace.ifPresent(ns -> url.addQueryParameter("namespace", ns));
      if (!pageToken.isEmpty()) {
        url.addQueryParameter("page_token", pageToken);
      }
      JsonNode body = http.get(url.build(), RUNS);
      startedAt = startedAt.or(http::serverTime);
      for (JsonNode run : JsonFields.array(body, "runs", displayName() + ": run list")) {
        PipelineRun parsed = parse(run);
        book.put(parsed);
        String state = run.path("state").asText(null);
        if (KubeflowStates.open(state)) {
          open.add(JsonFields.instant(run, "created_at", context(parsed.runId())).orElse(now));
        }
      }
      pageToken = body.path("next_page_token").asText("");
      paging.next(pageToken);
    } while (!pageToken.isEmpty());
    window.polled(startedAt.orElse(now), open);
    return book.keepSince(window.horizon(now), now);
  }

  private HttpUrl.Builder runs() {
    return base.newBuilder().addPathSegments("apis/v2beta1/runs");
  }

  private static String createdSince(Instant since) {
    Map<String, Object> predicate =
        Map.of(
            "key",
            "created_at",
            "operation",
            "GREATER_THAN_EQUALS",
            "timestamp_value",
            since.toString());
    try {
      return JSON.writeValueAsString(Map.of("predicates", List.of(predicate)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }

  private String context(String runId) {
    return displayName() + ": run " + runId;
  }

  private PipelineRun parse(JsonNode run) throws SourceException {
    String runId = JsonFields.required(run, "run_id", displayName() + ": a run");
    String context = context(runId);
    RunState state = KubeflowStates.runState(run.path("state").asText(null));
    Optional<Instant> start = state == RunState.QUEUED ? Optional.empty() : started(run, context);
    Optional<Instant> end =
        state.finished() ? JsonFields.instant(run, "finished_at", context) : Optional.empty();
    Trigger trigger =
        JsonFields.text(run, "recurring_run_id").isPresent() ? Trigger.SCHEDULED : Trigger.MANUAL;
    List<FailedTask> failed = state == RunState.FAILED ? failedTasks(runId, run) : List.of();
    String pipeline = pipelineName(run, runId);
    return JsonFields.checked(
        context,
        () ->
            new PipelineRun(
                id(),
                pipeline,
                runId,
                trigger,
                state,
                start,
                end,
                failed,
                Optional.of(
                    URI.create(
                        base.newBuilder().fragment("/runs/details/" + runId).build().toString()))));
  }

  /** When the run first went RUNNING by its state history, else when it was created. */
  private static Optional<Instant> started(JsonNode run, String context) throws SourceException {
    for (JsonNode status : JsonFields.array(run, "state_history", context)) {
      if ("RUNNING".equals(status.path("state").asText())) {
        Optional<Instant> at = JsonFields.instant(status, "update_time", context);
        if (at.isPresent()) {
          return at;
        }
      }
    }
    return JsonFields.instant(run, "created_at", context);
  }

  /**
   * The pipeline's name: from the compiled spec when the run carries it, else looked up once by
   * pipeline id.
   */
  private String pipelineName(JsonNode run, String runId) throws SourceException {
    Optional<String> fromSpec =
        JsonFields.text(run.path("pipeline_spec").path("pipelineInfo"), "name");
    if (fromSpec.isPresent()) {
      return fromSpec.get();
    }
    Optional<String> pipelineId =
        JsonFields.text(run.path("pipeline_version_reference"), "pipeline_id");
    if (pipelineId.isEmpty()) {
      return JsonFields.text(run, "display_name").orElse(runId);
    }
    String known = pipelineNames.get(pipelineId.get());
    if (known == null) {
      JsonNode pipeline =
          http.getIfFound(
                  base.newBuilder()
                      .addPathSegments("apis/v2beta1/pipelines")
                      .addPathSegment(pipelineId.get())
                      .build(),
                  Shape.OBJECT)
              .orElse(JSON.createObjectNode());
      known =
          JsonFields.text(pipeline, "display_name")
              .or(() -> JsonFields.text(pipeline, "name"))
              .orElse(pipelineId.get());
      pipelineNames.put(pipelineId.get(), known);
    }
    return known;
  }

  /**
   * The failed tasks with their errors; fetched with the run once when the list left out its
   * details.
   */
  private List<FailedTask> failedTasks(String runId, JsonNode run) throws SourceException {
    Optional<PipelineRun> known = book.get(runId).filter(k -> k.state() == RunState.FAILED);
    if (known.isPresent()) {
      return known.get().failedTasks();
    }
    JsonNode detailed =
        run.has("run_details") ? run : http.get(runs().addPathSegment(runId).build(), Shape.OBJECT);
    List<FailedTask> failed = new ArrayList<>();
    for (JsonNode task :
        JsonFields.array(detailed.path("run_details"), "task_details", context(runId))) {
      if ("FAILED".equals(task.path("state").asText())) {
        String name =
            JsonFields.text(task, "display_name")
                .or(() -> JsonFields.text(task, "task_id"))
                .orElse("task");
        failed.add(new FailedTask(name, task.path("error").path("message").asText("")));
      }
    }
    Optional<String> runError = JsonFields.text(detailed.path("error"), "message");
    if (failed.isEmpty() && runError.isPresent()) {
      failed.add(new FailedTask("run", runError.get()));
    }
    return failed;
  }
}
