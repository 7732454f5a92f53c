package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How long a pipeline usually takes: the 95th percentile (nearest rank) of the durations of its
 * last 20 succeeded runs that started before the run in question. Fewer than 5 such runs say too
 * little, and give none.
 */
public final class UsualDuration {
  public static final int WINDOW = 20;
  public static final int MINIMUM = 5;

  private UsualDuration() {}

  /**
   * Nearest-rank p95: the smallest value at or above 95% of the values; of 20 values, the 19th
   * smallest.
   */
  public static Optional<Duration> p95(List<Duration> durations) {
    if (durations.size() < MINIMUM) {
      return Optional.empty();
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    int rank = (int) Math.ceil(0.95 * sorted.size());
    return Optional.of(sorted.get(rank - 1));
  }

  /**
   * The usual duration of {@code run}'s pipeline before {@code run} started, from the pipeline's
   * runs.
   */
  public static Optional<Duration> before(PipelineRun run, Collection<PipelineRun> pipelineRuns) {
    Instant start = run.start().orElse(Instant.MAX);
    List<Duration> recent =
        pipelineRuns.stream()
            .filter(
                r ->
                    r.state() == RunState.SUCCEEDED
                        && r.duration().isPresent()
                        && !r.runId().equals(run.runId()))
            .filter(r -> r.start().get().isBefore(start))
            .sorted(Comparator.comparing((PipelineRun r) -> r.start().get()).reversed())
            .limit(WINDOW)
            .map(r -> r.duration().get())
            .toList();
    return p95(recent);
  }
}
