/**
 * Pipeline runs as a user thinks of them, whatever ran them: Airflow DAG runs, Kubeflow Pipelines
 * runs and Argo Workflows all become a {@link dev.fleetscope.model.pipeline.PipelineRun} with one
 * {@link dev.fleetscope.model.pipeline.RunState}. Adapters and the demo fleet produce them through
 * a {@link dev.fleetscope.model.pipeline.PipelineSource}; views read them. Immutable, no I/O.
 */
package dev.fleetscope.model.pipeline;
