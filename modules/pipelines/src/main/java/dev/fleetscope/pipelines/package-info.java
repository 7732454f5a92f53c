/**
 * Pipeline status adapters: Airflow 2 and 3, Kubeflow Pipelines v2beta1 and Argo Workflows (Argo
 * Server or the Kubernetes API through a {@link dev.fleetscope.pipelines.argo.WorkflowLister}
 * port), each a {@link dev.fleetscope.model.pipeline.PipelineSource} that polls incrementally and
 * returns normalized runs; {@code live}, which polls every source on its own interval, tracks
 * staleness and raises alerts once per run; and {@code trigger}, which starts a retraining run with
 * its reason, previews it exactly, and audits it.
 */
package dev.fleetscope.pipelines;
