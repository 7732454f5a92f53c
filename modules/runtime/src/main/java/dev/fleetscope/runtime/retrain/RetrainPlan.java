package dev.fleetscope.runtime.retrain;

import java.time.Duration;
import java.util.Optional;

/**
 * Which pipeline retrains a model, on which saved pipeline source.
 *
 * @param source the id of a saved Airflow, Kubeflow Pipelines or Argo Server source
 * @param target the Airflow DAG id, the Kubeflow pipeline id (its latest version runs), or the Argo
 *     WorkflowTemplate as {@code namespace/name} (or {@code name}, in the source's first namespace)
 * @param reasonParameter Kubeflow and Argo: the declared parameter that receives the reason as JSON
 *     (they refuse undeclared ones); Airflow always gets it in {@code conf.fleetscope_reason}
 * @param autoCoolDown when present, the run starts by itself when the model's drift alert fires, at
 *     most once per this long; off (empty) unless the user turns it on
 * @param pipelineVersion Kubeflow: the pipeline version id to run; empty for the latest
 * @param experiment Kubeflow: the id of the experiment the run belongs to; empty for the default
 */
public record RetrainPlan(
    String model,
    String source,
    String target,
    Optional<String> reasonParameter,
    Optional<Duration> autoCoolDown,
    Optional<String> pipelineVersion,
    Optional<String> experiment) {
  /** The shortest cool-down: a model's data does not change meaningfully faster. */
  public static final Duration MIN_COOL_DOWN = Duration.ofHours(1);

  /** On a pipeline's latest version, in its default experiment. */
  public RetrainPlan(
      String model,
      String source,
      String target,
      Optional<String> reasonParameter,
      Optional<Duration> autoCoolDown) {
    this(model, source, target, reasonParameter, autoCoolDown, Optional.empty(), Optional.empty());
  }

  /** Started by a person only. */
  public RetrainPlan(String model, String source, String target, Optional<String> reasonParameter) {
    this(model, source, target, reasonParameter, Optional.empty());
  }

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
    pipelineVersion = pipelineVersion.map(String::strip).filter(v -> !v.isEmpty());
    experiment = experiment.map(String::strip).filter(e -> !e.isEmpty());
    if (autoCoolDown.isPresent() && autoCoolDown.get().compareTo(MIN_COOL_DOWN) < 0) {
      throw new IllegalArgumentException(
          "an automatic retraining waits at least 1h between runs, was " + autoCoolDown.get());
    }
  }

  public RetrainPlan withAutoCoolDown(Optional<Duration> coolDown) {
    return new RetrainPlan(
        model, source, target, reasonParameter, coolDown, pipelineVersion, experiment);
  }
}
