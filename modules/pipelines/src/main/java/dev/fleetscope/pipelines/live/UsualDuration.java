package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    return before(run, succeededLatestFirst(pipelineRuns));
  }

  /**
   * {@link #before} for every run of one pipeline, in their order: the same answers from one sort
   * instead of one per run (a pipeline run hourly has 840 runs in 35 days).
   */
  public static List<Optional<Duration>> beforeEach(List<PipelineRun> pipelineRuns) {
    List<PipelineRun> succeeded = succeededLatestFirst(pipelineRuns);
    return pipelineRuns.stream().map(run -> before(run, succeeded)).toList();
  }

  /**
   * The succeeded runs with a duration, latest start first, runs that started together in order.
   */
  private static List<PipelineRun> succeededLatestFirst(Collection<PipelineRun> runs) {
    return runs.stream()
        .filter(
            r ->
                r.state() == RunState.SUCCEEDED
                    && r.duration().isPresent()
                    && r.start().isPresent())
        .sorted(Comparator.comparing((PipelineRun r) -> r.start().get()).reversed())
        .toList();
  }

  /** The p95 of the last {@value #WINDOW} of {@code succeeded} that started before {@code run}. */
  private static Optional<Duration> before(PipelineRun run, List<PipelineRun> succeeded) {
    List<Duration> recent = new ArrayList<>(WINDOW);
    for (int i = firstStartedBefore(succeeded, run.start().orElse(Instant.MAX));
        i < succeeded.size() && recent.size() < WINDOW;
        i++) {
      PipelineRun r = succeeded.get(i);
      if (!r.runId().equals(run.runId())) {
        recent.add(r.duration().get());
      }
    }
    return p95(recent);
  }

  /** The first of {@code latestFirst} that started before {@code start}, or its size. */
  private static int firstStartedBefore(List<PipelineRun> latestFirst, Instant start) {
    int low = 0;
    int high = latestFirst.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (latestFirst.get(mid).start().get().isBefore(start)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
