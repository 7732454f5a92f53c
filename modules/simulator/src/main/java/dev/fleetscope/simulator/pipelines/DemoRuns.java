package dev.fleetscope.simulator.pipelines;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The runs of one demo pipeline as seen at an instant: each scheduled run's queueing delay,
 * duration and outcome come from a random stream seeded by (seed, pipeline, run index), so a run
 * looks the same at every poll and only its state moves on with time (queued, running, then
 * succeeded or failed).
 */
final class DemoRuns {
  private static final double SLOW_FACTOR = 2.2;

  private DemoRuns() {}

  /**
   * @param runIds the source-flavoured run id of a run by its scheduled instant
   */
  static List<PipelineRun> at(
      long seed,
      String source,
      DemoPipeline pipeline,
      Instant now,
      Duration history,
      BiFunction<DemoPipeline, Instant, String> runIds) {
    long period = pipeline.period().toSeconds();
    long offset = pipeline.offset().toSeconds();
    long last = Math.floorDiv(now.getEpochSecond() - offset, period);
    long first = Math.floorDiv(now.minus(history).getEpochSecond() - offset, period) + 1;
    long shift = Math.floorMod(seed * 31 + pipeline.name().hashCode(), 1_000);
    List<PipelineRun> runs = new ArrayList<>();
    for (long k = first; k <= last; k++) {
      Instant scheduled = Instant.ofEpochSecond(k * period + offset);
      SplittableRandom random =
          new SplittableRandom(seed ^ (pipeline.name().hashCode() * 0x9E3779B97F4A7C15L) ^ k);
      Instant start = scheduled.plusSeconds(random.nextLong(5, 90));
      double factor = 1 + pipeline.jitter() * (random.nextDouble() - 0.5);
      boolean slow =
          pipeline.slowEvery() > 0 && Math.floorMod(k + shift, pipeline.slowEvery()) == 0;
      boolean fails =
          !slow
              && pipeline.failEvery() > 0
              && Math.floorMod(k + shift + 1, pipeline.failEvery()) == 0;
      long seconds = Math.round(pipeline.typical().toSeconds() * factor * (slow ? SLOW_FACTOR : 1));
      if (fails) {
        seconds = Math.round(seconds * random.nextDouble(0.3, 0.8)); // it stops part way through
      }
      Instant end = start.plusSeconds(Math.max(seconds, 1));
      String runId = runIds.apply(pipeline, scheduled);
      runs.add(state(source, pipeline, runId, now, start, end, fails, random));
    }
    return runs;
  }

  private static PipelineRun state(
      String source,
      DemoPipeline pipeline,
      String runId,
      Instant now,
      Instant start,
      Instant end,
      boolean fails,
      SplittableRandom random) {
    if (now.isBefore(start)) {
      return new PipelineRun(
          source,
          pipeline.name(),
          runId,
          Trigger.SCHEDULED,
          RunState.QUEUED,
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty());
    }
    if (now.isBefore(end)) {
      return new PipelineRun(
          source,
          pipeline.name(),
          runId,
          Trigger.SCHEDULED,
          RunState.RUNNING,
          Optional.of(start),
          Optional.empty(),
          List.of(),
          Optional.empty());
    }
    List<FailedTask> failed =
        fails
            ? List.of(pipeline.failures().get(random.nextInt(pipeline.failures().size())))
            : List.of();
    return new PipelineRun(
        source,
        pipeline.name(),
        runId,
        Trigger.SCHEDULED,
        fails ? RunState.FAILED : RunState.SUCCEEDED,
        Optional.of(start),
        Optional.of(end),
        failed,
        Optional.empty());
  }
}
