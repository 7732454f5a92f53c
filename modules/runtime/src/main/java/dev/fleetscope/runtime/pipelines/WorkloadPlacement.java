package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.Workload;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.runtime.connections.PipelinePlacement;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pipeline's pods run, so its runs can be joined to the fleet: the namespace and the labels
 * of the workloads its pods belong to, in one named cluster or in any cluster that has the
 * namespace. Orchestrators do not report this (an Airflow task names no namespace), so it is
 * configured: per pipeline (the demo's), or for every pipeline of a source (a saved connection's,
 * {@link #forSource}).
 *
 * @param source the pipeline source's id ({@code demo-airflow})
 * @param pipeline the pipeline's name as its runs carry it; empty: every pipeline of the source
 * @param labels every one of these must be on a workload for it to count (equality, like a label
 *     selector's {@code matchLabels})
 */
public record WorkloadPlacement(
    String source,
    Optional<String> pipeline,
    Optional<String> cluster,
    String namespace,
    Map<String, String> labels) {

  public WorkloadPlacement {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException(
          "the placement of " + pipeline.orElse(source) + " needs a namespace");
    }
    labels = Map.copyOf(labels);
  }

  /** One pipeline's placement. */
  public WorkloadPlacement(
      String source,
      String pipeline,
      Optional<String> cluster,
      String namespace,
      Map<String, String> labels) {
    this(source, Optional.of(pipeline), cluster, namespace, labels);
  }

  /** Every pipeline of {@code source} runs its pods there. */
  public static WorkloadPlacement forSource(String source, PipelinePlacement placement) {
    return new WorkloadPlacement(
        source, Optional.empty(), placement.cluster(), placement.namespace(), placement.labels());
  }

  /** Whether runs of this pipeline have their pods here. */
  public boolean covers(PipelineRun run) {
    return run.source().equals(source) && pipeline.map(run.pipeline()::equals).orElse(true);
  }

  public boolean selects(Workload workload) {
    return cluster.map(c -> c.equals(workload.ref().cluster())).orElse(true)
        && workload.ref().namespace().equals(namespace)
        && workload.labels().entrySet().containsAll(labels.entrySet());
  }
}
