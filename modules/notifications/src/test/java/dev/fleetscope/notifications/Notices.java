package dev.fleetscope.notifications;

import dev.fleetscope.model.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** Notices as the app builds them from alerts. */
public final class Notices {
  public static final Instant SINCE = Instant.parse("2026-11-23T08:12:00Z");

  private Notices() {}

  public static Notice drift(Severity severity) {
    return new Notice(
        Notice.Kind.FIRING,
        severity,
        "dataset-drift",
        "all",
        "ranker",
        SINCE,
        Optional.empty(),
        "58%",
        "≥ 50%",
        "ranker: 7 of 12 columns drifted (58%): basket_size, country & <score> and 4 more",
        "Drift › ranker",
        Optional.empty());
  }

  public static Notice failedRun() {
    return new Notice(
        Notice.Kind.FIRING,
        Severity.CRITICAL,
        "pipeline-failed",
        "clusters=prod",
        "features",
        SINCE,
        Optional.empty(),
        "1 run",
        "≥ 1 run",
        "features failed; last run manual__1 at 2026-11-23 08:12 UTC: train — exit code 137",
        "Pipelines › airflow/manual__1",
        Optional.of(URI.create("http://airflow:8080/dags/features/grid?dag_run_id=manual__1")));
  }

  public static Notice resolved(Notice firing, Instant at) {
    return new Notice(
        Notice.Kind.RESOLVED,
        firing.severity(),
        firing.rule(),
        firing.scope(),
        firing.subject(),
        firing.since(),
        Optional.of(at),
        firing.value(),
        firing.threshold(),
        firing.summary(),
        firing.where(),
        firing.url());
  }
}
