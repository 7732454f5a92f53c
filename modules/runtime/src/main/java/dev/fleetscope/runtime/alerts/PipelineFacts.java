package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.UsualDuration;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs of a pipeline board as pipeline rules read them: each with its pipeline's usual duration
 * before it (as the Pipelines view computes it) and where its pods run, when configured: the
 * placement's cluster and namespace, and the teams of the workloads it selects in the fleet.
 */
public final class PipelineFacts {
  private PipelineFacts() {}

  public static List<RunFacts> of(
      Collection<PipelineRun> runs,
      List<WorkloadPlacement> placements,
      Optional<FleetSnapshot> fleet) {
    Map<String, List<PipelineRun>> byPipeline = new LinkedHashMap<>();
    runs.forEach(
        r ->
            byPipeline
                .computeIfAbsent(r.source() + "/" + r.pipeline(), k -> new ArrayList<>())
                .add(r));
    List<RunFacts> facts = new ArrayList<>();
    for (List<PipelineRun> pipelineRuns : byPipeline.values()) {
      Placement placement = placement(pipelineRuns.getFirst(), placements, fleet);
      List<Optional<Duration>> usual = UsualDuration.beforeEach(pipelineRuns);
      for (int i = 0; i < pipelineRuns.size(); i++) {
        facts.add(new RunFacts(pipelineRuns.get(i), usual.get(i), placement));
      }
    }
    return facts;
  }

  private static Placement placement(
      PipelineRun run, List<WorkloadPlacement> placements, Optional<FleetSnapshot> fleet) {
    Placement placement = Placement.NONE;
    for (WorkloadPlacement p : placements) {
      if (!p.covers(run)) {
        continue;
      }
      placement =
          placement.plus(Placement.of(p.cluster().orElse(""), p.namespace(), "", Optional.empty()));
      if (fleet.isPresent()) {
        for (Workload w :
            (Iterable<Workload>) fleet.get().workloads().filter(p::selects)::iterator) {
          placement =
              placement.plus(Placement.of(w.ref().cluster(), "", w.team(), Optional.empty()));
        }
      }
    }
    return placement;
  }
}
