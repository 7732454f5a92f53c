package dev.fleetscope.pipelines.airflow;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
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
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * DAG runs of one Airflow, 2.x or 3.x: the version is found on the first poll ({@code
 * /api/v2/version}, else {@code /api/v1/version}), so a user gives only a URL and credentials. Each
 * poll lists the runs of all DAGs ({@code /dags/~/dagRuns}) updated since the previous one, page by
 * page to the end, and the failed task instances of runs newly failed.
 */
public final class AirflowSource implements PipelineSource {
  private static final Shape RUNS =
      Shape.object(Shape.required("dag_runs", ARRAY), Shape.required("total_entries", NUMBER));
  private static final Shape TASKS =
      Shape.object(
          Shape.required("task_instances", ARRAY), Shape.required("total_entries", NUMBER));

  private final SourceSettings settings;
  private final HttpUrl base;
  private final PollWindow window;
  private final RunBook book = new RunBook();
  private final JsonHttp probe;
  private final JsonHttp basic;
  private final JsonHttp jwt;
  private AirflowVersion version;
  private JsonHttp http;

  public AirflowSource(SourceSettings settings, HttpUrl base, String username, String password) {
    this.settings = settings;
    this.base = base;
    this.window = new PollWindow(settings.history());
    this.probe = settings.json(Credentials.none());
    this.basic = settings.json(new Credentials.Basic(username, password));
    this.jwt =
        settings.json(
            AirflowLogin.credentials(
                AirflowVersion.V3, probe, base, username, password, settings.clock()));
  }

  /** Cancels the requests in flight, for the console when the source is removed and on exit. */
  @Override
  public void close() {
    probe.close();
    basic.close();
    jwt.close();
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

  /** The API version found, once the first poll has found it. */
  public Optional<AirflowVersion> version() {
    return Optional.ofNullable(version);
  }

  @Override
  public List<PipelineRun> poll() throws SourceException {
    connect();
    Instant now = settings.clock().instant();
    Instant since = window.since(now).truncatedTo(ChronoUnit.SECONDS);
    Optional<Instant> startedAt = Optional.empty();
    int offset = 0;
    Paging paging = new Paging(displayName() + ": dag run list");
    while (true) {
      paging.next("");
      HttpUrl page =
          version
              .api(base)
              .addPathSegment("dags")
              .addPathSegment("~")
              .addPathSegment("dagRuns")
              .addQueryParameter("updated_at_gte", since.toString())
              .addQueryParameter("limit", Integer.toString(version.pageSize()))
              .addQueryParameter("offset", Integer.toString(offset))
              .build();
      JsonNode body = http.get(page, RUNS);
      startedAt = startedAt.or(http::serverTime);
      int count = 0;
      for (JsonNode run : JsonFields.array(body, "dag_runs", displayName() + ": dag run list")) {
        book.put(withFailedTasks(parse(run)));
        count++;
      }
      offset += count;
      if (count == 0 || offset >= body.path("total_entries").asInt(0)) {
        break;
      }
    }
    window.polled(startedAt.orElse(now), List.of());
    return book.keepSince(window.horizon(now), now);
  }

  private void connect() throws SourceException {
    if (version != null) {
      return;
    }
    if (AirflowLogin.probe(probe, base) == AirflowVersion.V3) {
      http = jwt;
      version = AirflowVersion.V3;
      return;
    }
    if (basic
        .getIfFound(AirflowVersion.V2.api(base).addPathSegment("version").build(), Shape.OBJECT)
        .isEmpty()) {
      throw new SourceException(
          displayName()
              + ": no Airflow REST API at "
              + base
              + ": neither /api/v2/version (Airflow 3) nor /api/v1/version (Airflow 2) was found");
    }
    http = basic;
    version = AirflowVersion.V2;
  }

  private PipelineRun parse(JsonNode run) throws SourceException {
    String context = displayName() + ": a dag run";
    String dagId = JsonFields.required(run, "dag_id", context);
    String runId = JsonFields.required(run, "dag_run_id", context);
    String where = displayName() + ": dag run " + runId + " of " + dagId;
    Optional<Instant> start = JsonFields.instant(run, "start_date", where);
    Optional<Instant> end = JsonFields.instant(run, "end_date", where);
    return JsonFields.checked(
        where,
        () ->
            new PipelineRun(
                id(),
                dagId,
                runId,
                AirflowStates.trigger(run.path("run_type").asText(null)),
                AirflowStates.runState(run.path("state").asText(null)),
                start,
                end,
                List.of(),
                Optional.of(URI.create(version.runPage(base, dagId, runId).toString()))));
  }

  /**
   * A newly failed run gets its failed task instances; one already known keeps those fetched
   * before.
   */
  private PipelineRun withFailedTasks(PipelineRun run) throws SourceException {
    if (run.state() != RunState.FAILED) {
      return run;
    }
    Optional<PipelineRun> known = book.get(run.runId()).filter(k -> k.state() == RunState.FAILED);
    List<FailedTask> failed = known.isPresent() ? known.get().failedTasks() : failedTasks(run);
    return new PipelineRun(
        run.source(),
        run.pipeline(),
        run.runId(),
        run.trigger(),
        run.state(),
        run.start(),
        run.end(),
        failed,
        run.link());
  }

  private List<FailedTask> failedTasks(PipelineRun run) throws SourceException {
    List<FailedTask> failed = new ArrayList<>();
    int offset = 0;
    Paging paging = new Paging(displayName() + ": failed tasks of " + run.runId());
    while (true) {
      paging.next("");
      HttpUrl page =
          version
              .api(base)
              .addPathSegment("dags")
              .addPathSegment(run.pipeline())
              .addPathSegment("dagRuns")
              .addPathSegment(run.runId())
              .addPathSegment("taskInstances")
              .addQueryParameter("state", "failed")
              .addQueryParameter("limit", Integer.toString(version.pageSize()))
              .addQueryParameter("offset", Integer.toString(offset))
              .build();
      JsonNode body = http.get(page, TASKS);
      int count = 0;
      for (JsonNode task :
          JsonFields.array(body, "task_instances", displayName() + ": task instances")) {
        failed.add(
            new FailedTask(
                JsonFields.required(task, "task_id", displayName() + ": a task instance"),
                message(task)));
        count++;
      }
      offset += count;
      if (count == 0 || offset >= body.path("total_entries").asInt(0)) {
        return failed;
      }
    }
  }

  /**
   * Airflow's API carries no error text for a task (that is in its log): say which try failed, and
   * the note.
   */
  private static String message(JsonNode task) {
    StringBuilder message =
        new StringBuilder("failed on try ").append(task.path("try_number").asInt(1));
    JsonFields.text(task, "operator").ifPresent(op -> message.append(" (").append(op).append(')'));
    JsonFields.text(task, "note").ifPresent(note -> message.append(": ").append(note));
    return message.toString();
  }
}
