package dev.fleetscope.runtime.pipelines;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the demo pipelines' pods run in the demo fleet: the scheduled-batch workloads (label {@code
 * workload-type=batch-pipeline}) of the namespace each pipeline works in. {@code ranking-eval} has
 * no batch namespace in the demo fleet and stays unmatched, as a pipeline without a placement does.
 */
public final class DemoPlacements {
  private static final Map<String, String> BATCH = Map.of("workload-type", "batch-pipeline");

  private DemoPlacements() {}

  public static List<WorkloadPlacement> all() {
    return List.of(
        batch("demo-airflow", "features_nightly", "feature-store"),
        batch("demo-airflow", "ingest_events", "ingestion"),
        batch("demo-kfp", "churn-retrain", "churn-model"),
        batch("demo-argo", "batch-scoring", "batch-scoring"),
        batch("demo-argo", "image-embeddings", "embeddings"));
  }

  private static WorkloadPlacement batch(String source, String pipeline, String namespace) {
    return new WorkloadPlacement(source, pipeline, Optional.empty(), namespace, BATCH);
  }
}
