package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SavedConnections;
import java.util.ArrayList;
import java.util.List;

/**
 * The placements runs are joined by: the setup's own (the demo's) and those of the saved pipeline
 * sources.
 */
public final class PipelinePlacements {
  private PipelinePlacements() {}

  /** Pure and quick (no I/O): fine to call on any thread. */
  public static List<WorkloadPlacement> of(
      List<WorkloadPlacement> setup, SavedConnections connections) {
    List<WorkloadPlacement> all = new ArrayList<>(setup);
    for (PipelineEntry entry : connections.pipelines()) {
      entry
          .effectivePlacement()
          .ifPresent(p -> all.add(WorkloadPlacement.forSource(entry.id(), p)));
    }
    return List.copyOf(all);
  }
}
