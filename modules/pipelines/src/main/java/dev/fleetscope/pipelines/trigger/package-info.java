/**
 * Starting a pipeline run from Fleetscope, a drifting model's retraining: an Airflow DAG run (2.x
 * {@code /api/v1}, 3.x {@code /api/v2}), a Kubeflow Pipelines run of a pipeline version, or an Argo
 * Workflow submitted from a WorkflowTemplate, each carrying the {@link
 * dev.fleetscope.pipelines.trigger.RetrainReason reason} (model, columns, scores, windows). {@link
 * dev.fleetscope.pipelines.trigger.PipelineTriggers} previews the exact request (secrets masked)
 * without sending it, refuses in read-only and wall sessions, and records every trigger it sends in
 * the {@link dev.fleetscope.model.trigger.TriggerLog}.
 */
package dev.fleetscope.pipelines.trigger;
