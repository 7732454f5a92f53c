package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Duration;
import java.time.Instant;

/**
 * One run on the timeline, placed as fractions of the window (0 its start, 1 now): a finished run
 * from start to end, a running one from start to now, a queued one as a mark at now. Clipped to the
 * window.
 *
 * @param summary the tooltip's text
 */
public record TimelineBar(PipelineRun run, double from, double to, String summary) {

  public static TimelineBar of(PipelineRun run, Instant windowStart, Instant now, String summary) {
    Instant start = run.start().or(run::end).orElse(now);
    Instant end = run.end().orElse(run.state().finished() ? start : now);
    return new TimelineBar(
        run, fraction(start, windowStart, now), fraction(end, windowStart, now), summary);
  }

  private static double fraction(Instant at, Instant windowStart, Instant now) {
    double span = Duration.between(windowStart, now).toMillis();
    double f = Duration.between(windowStart, at).toMillis() / span;
    return Math.clamp(f, 0.0, 1.0);
  }
}
