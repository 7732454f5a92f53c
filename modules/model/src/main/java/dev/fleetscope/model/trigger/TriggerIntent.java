package dev.fleetscope.model.trigger;

/**
 * What a person asked to start, before it is sent.
 *
 * @param actor who asked: the operating-system user, or {@code rule:ID} for an automatic trigger
 * @param target the orchestrator and pipeline, as a person reads it ({@code Airflow
 *     http://airflow:8080 DAG retrain_ranker})
 * @param request the exact request as previewed: method, URL, headers with secrets masked, body
 * @param reason why, as a person reads it ({@code drift of ranker: 7 of 12 columns drifted})
 */
public record TriggerIntent(String actor, String target, String request, String reason) {
  public TriggerIntent {
    require(actor, "who asked");
    require(target, "target");
    require(request, "request");
    reason = reason == null ? "" : reason;
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a trigger needs its " + what);
    }
  }
}
