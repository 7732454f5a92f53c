package dev.fleetscope.cli.command;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.DryRun;
import dev.fleetscope.apply.Plan;
import dev.fleetscope.apply.Recovery;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.RunExecutor;
import dev.fleetscope.cli.output.RunPrinter;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.Host;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The audit log and the clusters for one command, with what every command does first: settle
 * interrupted runs.
 */
final class ChangeSession implements AutoCloseable {
  final AuditLog audit;
  final ClusterWriter writer;
  private final PrintWriter out;
  private final Optional<Kubeconfigs> kubeconfig;
  private final Optional<OnExit.Guard<Connections>> connections;

  /** The kubeconfig's clusters; their calls in flight are cancelled when the process stops. */
  ChangeSession(ClusterOptions options, Host host, PrintWriter out) {
    this(options, host, options.kubeconfig(host), out);
  }

  private ChangeSession(
      ClusterOptions options, Host host, Kubeconfigs kubeconfig, PrintWriter out) {
    Connections open = options.connections(kubeconfig, host);
    this.audit = options.openAudit(host);
    this.writer = new KubernetesClusterWriter(open);
    this.out = out;
    this.kubeconfig = Optional.of(kubeconfig);
    this.connections = Optional.of(OnExit.guard(open));
  }

  /** Any clusters, e.g. the demo fleet's. */
  ChangeSession(AuditLog audit, ClusterWriter writer, PrintWriter out) {
    this.audit = audit;
    this.writer = writer;
    this.out = out;
    this.kubeconfig = Optional.empty();
    this.connections = Optional.empty();
  }

  /**
   * Before anything is read from or sent to them: each cluster must be a context of the kubeconfig
   * (else a bad input naming it), its exec credential plugin runs now, where it may prompt at a
   * terminal, and its API server must answer (else the source failed, its URL named).
   *
   * @param why what names the clusters, for the message ({@code "the plan names the cluster"})
   */
  void reach(Collection<String> clusters, String why) throws IOException, ClusterWriteException {
    if (kubeconfig.isEmpty() || connections.isEmpty()) {
      return;
    }
    for (String cluster : new LinkedHashSet<>(clusters)) {
      kubeconfig.get().requireContext(cluster, why);
      connections.get().client().connection(cluster).signIn();
      writer.supportsInPlaceResize(cluster);
    }
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
    connections.ifPresent(OnExit.Guard::close);
    audit.close();
  }
}
