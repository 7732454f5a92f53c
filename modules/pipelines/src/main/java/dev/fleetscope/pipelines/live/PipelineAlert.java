package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Duration;

/** Something about a run worth a notification; raised once per run and kind. */
public sealed interface PipelineAlert {
  PipelineRun run();

  /** A one-line text for a notification. */
  String message();

  /** The run failed. */
  record RunFailed(PipelineRun run) implements PipelineAlert {
    @Override
    public String message() {
      String what =
          run.failedTasks().stream()
              .findFirst()
              .map(t -> ": " + t.name() + (t.message().isEmpty() ? "" : " — " + t.message()))
              .orElse("");
      return run.pipeline() + " failed (" + run.runId() + ")" + what;
    }
  }

  /**
   * The run took, or is taking, longer than its pipeline usually does.
   *
   * @param usual the p95 duration of the pipeline's last succeeded runs (up to 20) before this one
   * @param elapsed how long this run has taken so far
   */
  record RunOverdue(PipelineRun run, Duration usual, Duration elapsed) implements PipelineAlert {
    @Override
    public String message() {
      String verb = run.state().finished() ? " took " : " has been running for ";
      return run.pipeline()
          + verb
          + DurationText.of(elapsed)
          + ", past its usual "
          + DurationText.of(usual)
          + " (p95 of recent runs)";
    }
  }

  /** Durations as people read them: {@code 1 h 05 min}, {@code 12 min 30 s}, {@code 45 s}. */
  final class DurationText {
    private DurationText() {}

    public static String of(Duration d) {
      long s = d.toSeconds();
      if (s >= 3600) {
        return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
      }
      return s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }
  }
}
