package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A run's facts as the Pipelines view writes them: local times, durations with their unit, states
 * in words.
 */
public final class RunText {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  private RunText() {}

  public static String when(Instant at) {
    return WHEN.format(at);
  }

  public static String state(RunState state) {
    return state.id();
  }

  public static String trigger(PipelineRun run) {
    return run.trigger().name().toLowerCase(Locale.ROOT);
  }

  /** {@code 42 min 10 s}; {@code running for 12 min 03 s}; {@code queued}. */
  public static String duration(PipelineRun run, Instant now) {
    if (run.duration().isPresent()) {
      return DurationText.of(run.duration().get());
    }
    return run.elapsed(now)
        .map(d -> (run.state() == RunState.RUNNING ? "running for " : "") + DurationText.of(d))
        .orElse("not started");
  }

  /** {@code Mon 20 Nov 02:01}, or {@code not started}. */
  public static String start(PipelineRun run) {
    return run.start().map(RunText::when).orElse("not started");
  }

  public static String task(FailedTask task) {
    return task.message().isEmpty() ? task.name() : task.name() + ": " + task.message();
  }

  /** Several lines for a tooltip: what, where, when, how long, why it failed. */
  public static String summary(PipelineRun run, String sourceName, boolean live, Instant now) {
    StringBuilder text =
        new StringBuilder()
            .append(run.pipeline())
            .append(" · ")
            .append(sourceName)
            .append(live ? "" : " (stale)")
            .append('\n')
            .append(state(run.state()))
            .append(" · ")
            .append(trigger(run))
            .append(" · run ")
            .append(run.runId())
            .append('\n')
            .append("started ")
            .append(start(run))
            .append(" · ")
            .append(duration(run, now));
    run.failedTasks().forEach(t -> text.append('\n').append("✕ ").append(task(t)));
    return text.toString();
  }
}
