package dev.fleetscope.app.pipelines;

import dev.fleetscope.model.Workload;
import dev.fleetscope.model.pipeline.PipelineRun;
import java.util.Map;
import java.util.Optional;

/**
 * Where one pipeline's pods run, so its runs can be joined to the fleet: the namespace and the labels of the
 * workloads its pods belong to, in one named cluster or in any cluster that has the namespace. Orchestrators do
 * not report this (an Airflow task names no namespace), so it is configured per pipeline.
 *
 * @param source the pipeline source's id ({@code demo-airflow})
 * @param pipeline the pipeline's name as its runs carry it
 * @param labels every one of these must be on a workload for it to count (equality, like a label selector's
 *     {@code matchLabels})
 */
public record WorkloadPlacement(
    String source, String pipeline, Optional<String> cluster, String namespace, Map<String, String> labels) {

  public WorkloadPlacement {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException("the placement of " + pipeline + " needs a namespace");
    }
    labels = Map.copyOf(labels);
  }

  /** Whether runs of this pipeline have their pods here. */
  public boolean covers(PipelineRun run) {
    return run.source().equals(source) && run.pipeline().equals(pipeline);
  }

  public boolean selects(Workload workload) {
    return cluster.map(c -> c.equals(workload.ref().cluster())).orElse(true)
        && workload.ref().namespace().equals(namespace)
        && workload.labels().entrySet().containsAll(labels.entrySet());
  }
}
