package dev.fleetscope.simulator.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/** One demo orchestrator: its pipelines' runs over the history window, as of the clock's now. */
public final class DemoPipelineSource implements PipelineSource {
  private final String id;
  private final String displayName;
  private final List<DemoPipeline> pipelines;
  private final BiFunction<DemoPipeline, Instant, String> runIds;
  private final long seed;
  private final Clock clock;
  private final Duration history;

  DemoPipelineSource(
      String id,
      String displayName,
      List<DemoPipeline> pipelines,
      BiFunction<DemoPipeline, Instant, String> runIds,
      long seed,
      Clock clock,
      Duration history) {
    this.id = id;
    this.displayName = displayName;
    this.pipelines = List.copyOf(pipelines);
    this.runIds = runIds;
    this.seed = seed;
    this.clock = clock;
    this.history = history;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(30);
  }

  /** The runs at {@code now}, newest first: a pure function of the seed and {@code now}. */
  public List<PipelineRun> runsAt(Instant now) {
    return pipelines.stream()
        .flatMap(p -> DemoRuns.at(seed, id, p, now, history, runIds).stream())
        .sorted(
            Comparator.comparing((PipelineRun r) -> r.anchor(now))
                .reversed()
                .thenComparing(PipelineRun::runId))
        .toList();
  }

  @Override
  public List<PipelineRun> poll() {
    return runsAt(clock.instant());
  }
}
