package dev.fleetscope.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs a source knows, by run id: incremental polls put what changed, and finished runs older
 * than the history window fall out. Not thread-safe: one source polls from one thread.
 */
public final class RunBook {
  private final Map<String, PipelineRun> runs = new HashMap<>();

  public void put(PipelineRun run) {
    runs.put(run.runId(), run);
  }

  public Optional<PipelineRun> get(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  /** Drops finished runs placed before {@code horizon}; returns the rest, newest first. */
  public List<PipelineRun> keepSince(Instant horizon, Instant now) {
    runs.values().removeIf(r -> r.state().finished() && r.anchor(now).isBefore(horizon));
    return runs.values().stream()
        .sorted(
            Comparator.comparing((PipelineRun r) -> r.anchor(now))
                .reversed()
                .thenComparing(PipelineRun::runId))
        .toList();
  }
}
