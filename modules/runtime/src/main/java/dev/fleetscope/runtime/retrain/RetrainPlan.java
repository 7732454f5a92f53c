package dev.fleetscope.runtime.retrain;

import java.util.Optional;

/**
 * Which pipeline retrains a model, on which saved pipeline source.
 *
 * @param source the id of a saved Airflow, Kubeflow Pipelines or Argo Server source
 * @param target the Airflow DAG id, the Kubeflow pipeline id (its latest version runs), or the Argo
 *     WorkflowTemplate as {@code namespace/name} (or {@code name}, in the source's first namespace)
 * @param reasonParameter Kubeflow and Argo: the declared parameter that receives the reason as JSON
 *     (they refuse undeclared ones); Airflow always gets it in {@code conf.fleetscope_reason}
 */
public record RetrainPlan(
    String model, String source, String target, Optional<String> reasonParameter) {
  public RetrainPlan {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a retraining plan names its model");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("choose the pipeline source that runs the retraining");
    }
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("name the DAG, pipeline or WorkflowTemplate to run");
    }
    target = target.strip();
    reasonParameter = reasonParameter.map(String::strip).filter(p -> !p.isEmpty());
  }
}
