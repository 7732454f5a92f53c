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
 * One pipeline's record over the runs given: success rate among finished runs (skipped and canceled
 * ones count neither way), the durations of its succeeded runs oldest first (a trend line), and its
 * usual duration now.
 */
public record PipelineStats(
    String source,
    String pipeline,
    int runs,
    int succeeded,
    int failed,
    List<Duration> durations,
    Optional<Duration> usual,
    Optional<PipelineRun> latest) {

  public PipelineStats {
    durations = List.copyOf(durations);
  }

  /** Succeeded / (succeeded + failed); empty before any run of the pipeline succeeded or failed. */
  public Optional<Double> successRate() {
    int decided = succeeded + failed;
    return decided == 0 ? Optional.empty() : Optional.of((double) succeeded / decided);
  }

  /** The statistics of runs that all belong to one pipeline of one source. */
  public static PipelineStats of(
      String source, String pipeline, Collection<PipelineRun> runs, Instant now) {
    List<PipelineRun> byStart =
        runs.stream().sorted(Comparator.comparing((PipelineRun r) -> r.anchor(now))).toList();
    List<Duration> durations =
        byStart.stream()
            .filter(r -> r.state() == RunState.SUCCEEDED)
            .flatMap(r -> r.duration().stream())
            .toList();
    int succeeded = (int) runs.stream().filter(r -> r.state() == RunState.SUCCEEDED).count();
    int failed = (int) runs.stream().filter(r -> r.state() == RunState.FAILED).count();
    List<Duration> recent =
        durations.subList(Math.max(0, durations.size() - UsualDuration.WINDOW), durations.size());
    return new PipelineStats(
        source,
        pipeline,
        runs.size(),
        succeeded,
        failed,
        durations,
        UsualDuration.p95(recent),
        byStart.isEmpty() ? Optional.empty() : Optional.of(byStart.getLast()));
  }
}
