package dev.fleetscope.simulator;

import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.WorkloadKind;
import java.time.Instant;
import java.util.Optional;

/**
 * A demo CronJob's runs over the history: one Job per scheduled run, named as the CronJob
 * controller names them (the CronJob's name and the scheduled time in minutes since the epoch).
 */
final class DemoJobRuns {
  private DemoJobRuns() {}

  static Optional<JobRuns> of(SimWorkload w, long nowMinute) {
    if (w.ref().kind() != WorkloadKind.CRON_JOB
        || !(w.primary().profile() instanceof ScheduledRuns scheduled)) {
      return Optional.empty();
    }
    long from = nowMinute - Simulator.HISTORY.toMinutes();
    return Optional.of(
        new JobRuns(
            "CronJob " + w.ref().name(),
            scheduled.runs(w.primary().stream(), from, nowMinute + 1).stream()
                .map(
                    run ->
                        new JobRuns.Run(
                            w.ref().name() + "-" + run.start(),
                            Optional.of(Instant.ofEpochSecond(run.start() * 60)),
                            run.end() <= nowMinute
                                ? Optional.of(Instant.ofEpochSecond(run.end() * 60))
                                : Optional.empty(),
                            run.end() <= nowMinute
                                ? JobRuns.Outcome.SUCCEEDED
                                : JobRuns.Outcome.RUNNING))
                .toList()));
  }
}
