package dev.fleetscope.model.pipeline;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of a pipeline, normalized over Airflow, Kubeflow Pipelines and Argo Workflows.
 *
 * @param source id of the source that reported it (a {@link PipelineSource#id()})
 * @param pipeline the DAG, pipeline or workflow template the run belongs to; runs of one pipeline
 *     are compared with each other (usual duration, success rate)
 * @param runId the source's id of the run, unique within the source
 * @param start when it started running; empty while queued
 * @param end when it finished; empty while queued or running
 * @param failedTasks the tasks or steps that failed, with their messages; empty unless the run
 *     failed
 * @param link the run's page in the source's own UI, when the source has one
 */
public record PipelineRun(
    String source,
    String pipeline,
    String runId,
    Trigger trigger,
    RunState state,
    Optional<Instant> start,
    Optional<Instant> end,
    List<FailedTask> failedTasks,
    Optional<URI> link) {

  public PipelineRun {
    require(source, "source");
    require(pipeline, "pipeline");
    require(runId, "run id");
    failedTasks = List.copyOf(failedTasks);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "run "
              + runId
              + " of "
              + pipeline
              + " ends ("
              + end.get()
              + ") before it starts ("
              + start.get()
              + ")");
    }
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a pipeline run needs a " + what);
    }
  }

  /** How long it ran, once it has both a start and an end. */
  public Optional<Duration> duration() {
    return start.flatMap(s -> end.map(e -> Duration.between(s, e)));
  }

  /** How long it has been running at {@code now}: its duration once finished. */
  public Optional<Duration> elapsed(Instant now) {
    return duration()
        .or(() -> start.map(s -> now.isAfter(s) ? Duration.between(s, now) : Duration.ZERO));
  }

  /** The key runs are told apart by across sources. */
  public RunKey key() {
    return new RunKey(source, runId);
  }

  /**
   * The instant the run is placed at on a timeline: its start, else its end, else {@code fallback}.
   */
  public Instant anchor(Instant fallback) {
    return start.or(() -> end).orElse(fallback);
  }
}
