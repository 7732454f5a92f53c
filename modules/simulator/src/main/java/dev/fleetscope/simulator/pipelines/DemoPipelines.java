package dev.fleetscope.simulator.pipelines;

import static dev.fleetscope.simulator.pipelines.DemoPipeline.DAY;
import static dev.fleetscope.simulator.pipelines.DemoPipeline.HOUR;
import static dev.fleetscope.simulator.pipelines.DemoPipeline.WEEK;
import static dev.fleetscope.simulator.pipelines.DemoPipeline.dailyAt;
import static dev.fleetscope.simulator.pipelines.DemoPipeline.sundayAt;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The demo fleet's three orchestrators: an Airflow with nightly feature builds and hourly
 * ingestion, a Kubeflow Pipelines with weekly retraining (an occasional failure and a slow run) and
 * a daily evaluation, and an Argo Workflows with nightly batch scoring and six-hourly embeddings.
 * Five weeks of history, so that even the weekly pipeline has enough runs for a usual duration.
 */
public final class DemoPipelines {
  public static final Duration HISTORY = Duration.ofDays(35);
  private static final DateTimeFormatter AIRFLOW_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private DemoPipelines() {}

  public static List<PipelineSource> sources(long seed, Clock clock) {
    return List.of(airflow(seed, clock), kubeflow(seed, clock), argo(seed, clock));
  }

  public static DemoPipelineSource airflow(long seed, Clock clock) {
    return new DemoPipelineSource(
        "demo-airflow",
        "Demo Airflow",
        List.of(
            new DemoPipeline(
                "features_nightly",
                DAY,
                dailyAt(2, 0),
                Duration.ofMinutes(42),
                0.3,
                9,
                0,
                List.of(
                    new FailedTask(
                        "build_user_features",
                        "KubernetesPodOperator: pod OOMKilled (exit code 137)"),
                    new FailedTask(
                        "validate_features", "great_expectations: 3 of 41 expectations failed"))),
            new DemoPipeline(
                "ingest_events",
                HOUR,
                Duration.ofMinutes(5),
                Duration.ofMinutes(6),
                0.4,
                0,
                7,
                List.of())),
        (p, at) -> "scheduled__" + AIRFLOW_DATE.format(at),
        seed,
        clock,
        HISTORY);
  }

  public static DemoPipelineSource kubeflow(long seed, Clock clock) {
    return new DemoPipelineSource(
        "demo-kfp",
        "Demo Kubeflow Pipelines",
        List.of(
            new DemoPipeline(
                "churn-retrain",
                WEEK,
                sundayAt(3),
                Duration.ofMinutes(150),
                0.2,
                5,
                5,
                List.of(
                    new FailedTask(
                        "train", "RuntimeError: CUDA out of memory. Tried to allocate 2.50 GiB"),
                    new FailedTask("evaluate", "AUC 0.71 below the 0.74 gate"))),
            new DemoPipeline(
                "ranking-eval",
                DAY,
                dailyAt(6, 0),
                Duration.ofMinutes(25),
                0.3,
                11,
                0,
                List.of(
                    new FailedTask(
                        "load-candidates",
                        "google.api_core.exceptions.NotFound: table ranking.candidates_v3")))),
        (p, at) ->
            UUID.nameUUIDFromBytes(
                    (seed + "/" + p.name() + "/" + at).getBytes(StandardCharsets.UTF_8))
                .toString(),
        seed,
        clock,
        HISTORY);
  }

  public static DemoPipelineSource argo(long seed, Clock clock) {
    return new DemoPipelineSource(
        "demo-argo",
        "Demo Argo Workflows",
        List.of(
            new DemoPipeline(
                "batch-scoring",
                DAY,
                dailyAt(4, 30),
                Duration.ofMinutes(50),
                0.25,
                8,
                0,
                List.of(
                    new FailedTask(
                        "score-shard(3)",
                        "Error (exit code 1): connection reset by feature-store:6379"))),
            new DemoPipeline(
                "image-embeddings",
                Duration.ofHours(6),
                Duration.ofMinutes(20),
                Duration.ofMinutes(35),
                0.3,
                0,
                6,
                List.of())),
        (p, at) ->
            "ml/"
                + p.name()
                + "-"
                + Long.toString(
                    Math.floorMod(at.getEpochSecond() * 2654435761L + seed, 60_466_176L), 36),
        seed,
        clock,
        HISTORY);
  }

  /** The runs of every demo source at {@code now}; for a fixed seed, the same at every call. */
  public static List<dev.fleetscope.model.pipeline.PipelineRun> runsAt(long seed, Instant now) {
    Clock fixed = Clock.fixed(now, ZoneOffset.UTC);
    return List.of(airflow(seed, fixed), kubeflow(seed, fixed), argo(seed, fixed)).stream()
        .flatMap(s -> s.runsAt(now).stream())
        .toList();
  }
}
