package dev.fleetscope.cli.command;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.Undo;
import dev.fleetscope.cli.output.RunPrinter;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.Host;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope rollback CHANGE_ID}: restores a change's exact previous values; the rollback is
 * audited too.
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description =
        "Restore the exact previous values of an audited change (or of every change of a run).")
public final class RollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Host host;

  public RollbackCommand(Host host) {
    this.host = host;
  }

  @Mixin ClusterOptions clusters;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CHANGE_ID",
      description = "The change to roll back (see fleetscope audit).")
  Long changeId;

  @Option(
      names = "--run",
      paramLabel = "RUN",
      description = "Roll back every change of this run that reached its cluster, newest first.")
  Long runId;

  @Option(
      names = "--rollout-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT10M",
      description = "Longest wait for one rollout (default: 10 min).")
  Duration rolloutTimeout;

  /** A failure propagates to {@link CommandLines}, which gives its exit code and one line. */
  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ((changeId == null) == (runId == null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either CHANGE_ID or --run RUN");
    }
    try (ChangeSession session = new ChangeSession(clusters, host, out)) {
      session.settleInterruptedRuns();
      Undo undo = new Undo(session.audit);
      List<PlannedChange> planned =
          changeId != null ? List.of(undo.rollbackOf(changeId)) : undo.rollbackOfRun(runId);
      if (planned.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "fleetscope rollback: run "
                    + runId
                    + " has no change that reached its cluster: nothing to roll back");
        return ExitCode.OK;
      }
      String what =
          changeId != null ? "rollback of change " + changeId : "rollback of run " + runId;
      session.reach(
          planned.stream().map(c -> c.change().workload().cluster()).toList(),
          "the " + what + " changes the cluster");
      RunRecord run =
          session.execute(
              what,
              planned,
              new ApplyOptions(1, Duration.ZERO, rolloutTimeout),
              ApplyListener.NONE);
      new RunPrinter(out).table(List.of(run));
      return run.outcome().map(o -> o.kind() == RunOutcome.Kind.COMPLETED).orElse(false)
          ? ExitCode.OK
          : ExitCode.FAILED;
    }
  }
}
