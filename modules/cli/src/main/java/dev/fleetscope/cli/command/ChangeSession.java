package dev.fleetscope.cli.command;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.DryRun;
import dev.fleetscope.apply.Plan;
import dev.fleetscope.apply.Recovery;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.RunExecutor;
import dev.fleetscope.cli.output.RunPrinter;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.Host;
import java.io.PrintWriter;
import java.util.List;

/**
 * The audit log and the clusters for one command, with what every command does first: settle
 * interrupted runs.
 */
final class ChangeSession implements AutoCloseable {
  final AuditLog audit;
  final ClusterWriter writer;
  private final PrintWriter out;

  /** The kubeconfig's clusters. */
  ChangeSession(ClusterOptions options, Host host, PrintWriter out) {
    this(options.openAudit(host), new KubernetesClusterWriter(options.connections()), out);
  }

  /** Any clusters, e.g. the demo fleet's. */
  ChangeSession(AuditLog audit, ClusterWriter writer, PrintWriter out) {
    this.audit = audit;
    this.writer = writer;
    this.out = out;
  }

  /** Reads interrupted runs back from their clusters and says what was found. */
  void settleInterruptedRuns() {
    for (RunRecord run : new Recovery(writer, audit).settleInterruptedRuns()) {
      out.printf(
          "run %d was interrupted: %s%n",
          run.id(),
          run.outcome()
              .map(RunOutcome::detail)
              .orElse("its cluster cannot be reached to read it back; it stays unsettled"));
      run.changes()
          .forEach(
              c ->
                  out.printf(
                      "  change %d %s: %s (%s)%n",
                      c.id(), c.change().workload(), c.state(), c.latest().detail()));
      out.printf(
          "  resume it with: fleetscope apply --resume %d   roll it back with: fleetscope rollback --run %d%n",
          run.id(), run.id());
    }
    out.flush();
  }

  /** The server-side dry run of every change; prints the answers; true when all were accepted. */
  boolean dryRun(Plan plan, ApplyMethod method) {
    List<DryRun.Answer> answers = DryRun.run(writer, plan, method);
    answers.forEach(a -> out.printf("dry run %s: %s%n", a.workload(), a.message()));
    out.flush();
    return DryRun.allAccepted(answers);
  }

  RunRecord execute(
      String description, List<PlannedChange> planned, ApplyOptions options, ApplyListener extra) {
    RunPrinter printer = new RunPrinter(out);
    return new RunExecutor(writer, audit, options)
        .execute(
            description,
            planned,
            e -> {
              printer.on(e);
              extra.on(e);
            },
            new RunControl());
  }

  boolean inPlaceSupported(String cluster) {
    try {
      return writer.supportsInPlaceResize(cluster);
    } catch (ClusterWriteException e) {
      return false;
    }
  }

  @Override
  public void close() {
    audit.close();
  }
}
