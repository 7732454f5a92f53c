package dev.fleetscope.pipelines.trigger;

/** A pipeline that can be started: an Airflow DAG, a Kubeflow pipeline, an Argo template. */
public sealed interface TriggerTarget permits AirflowDag, KubeflowPipeline, ArgoWorkflowTemplate {
  /** The id of the pipeline source that will report the run, so it can be followed. */
  String source();

  /** As a person reads it: {@code Airflow http://airflow:8080, DAG retrain_ranker}. */
  String describe();
}
