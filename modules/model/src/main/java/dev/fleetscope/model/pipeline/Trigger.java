package dev.fleetscope.model.pipeline;

/** What started a run. */
public enum Trigger {
  /** A schedule, cron or recurring run. */
  SCHEDULED,
  /** A person, through a UI, CLI or API call. */
  MANUAL,
  /** A backfill over past intervals. */
  BACKFILL,
  /** An upstream event: an Airflow asset/dataset, an Argo event. */
  EVENT,
  /** A retry or resubmission of an earlier run. */
  RETRY,
  UNKNOWN
}
