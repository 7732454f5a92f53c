package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.RunFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs grouped by pipeline (source and pipeline name): pipeline rules judge a pipeline's runs. */
final class PipelineGroups {
  private PipelineGroups() {}

  static Map<String, List<RunFacts>> byPipeline(List<RunFacts> runs) {
    return runs.stream()
        .collect(
            Collectors.groupingBy(RunFacts::pipelineKey, LinkedHashMap::new, Collectors.toList()));
  }

  static Subject subject(String pipelineKey, List<RunFacts> runs) {
    Placement placement =
        runs.stream().map(RunFacts::placement).reduce(Placement.NONE, Placement::plus);
    return new Subject("pipeline:" + pipelineKey, runs.getFirst().run().pipeline(), placement);
  }
}
