package dev.fleetscope.cli.command;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.ChangePlanner;
import dev.fleetscope.apply.GuardRailSettings;
import dev.fleetscope.apply.GuardRails;
import dev.fleetscope.apply.Observations;
import dev.fleetscope.apply.Plan;
import dev.fleetscope.apply.PlanFile;
import dev.fleetscope.apply.PlannedSizing;
import dev.fleetscope.apply.Preview;
import dev.fleetscope.apply.ProposedChange;
import dev.fleetscope.apply.SamplesFile;
import dev.fleetscope.apply.Undo;
import dev.fleetscope.apply.export.GitOpsExport;
import dev.fleetscope.apply.export.VpaExport;
import dev.fleetscope.cli.output.RunPrinter;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope apply PLAN.json}: previews each change (resources diff, pods that restart),
 * asks the server for a dry run, then applies in audited batches; or writes the plan for GitOps
 * instead.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description =
        "Apply a rightsizing plan (the output of recommend --format json) safely: preview, server-side dry run, audited batches.")
public final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusters;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN.json",
      description = "The plan to apply.")
  Path planFile;

  @Option(
      names = "--context",
      paramLabel = "CTX",
      description =
          "Apply to this kubeconfig context (default: the cluster each container id names).")
  String context;

  @Option(
      names = "--dry-run",
      description = "Preview and ask the server for a dry run only; change nothing.")
  boolean dryRunOnly;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "5",
      description = "Workloads per batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--pause",
      paramLabel = "DURATION",
      defaultValue = "PT30S",
      description = "Pause between batches, ISO-8601 (default: 30 s).")
  Duration pause;

  @Option(
      names = "--rollout-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT10M",
      description = "Longest wait for one rollout (default: 10 min).")
  Duration rolloutTimeout;

  @Option(
      names = "--in-place",
      description =
          "Resize running pods in place (Kubernetes 1.33+), without restarts; the pod template is not changed.")
  boolean inPlace;

  @Option(
      names = "--export-kustomize",
      paramLabel = "DIR",
      description = "Write kustomize patches into DIR instead of applying.")
  Path exportKustomize;

  @Option(
      names = "--export-ssa",
      paramLabel = "DIR",
      description = "Write server-side-apply manifests into DIR instead of applying.")
  Path exportServerSideApply;

  @Option(
      names = "--export-vpa",
      paramLabel = "DIR",
      description =
          "For containers a VPA manages (never patched): write the VPA-side change into DIR instead"
              + " of applying, two files per VPA to choose from: minAllowed at the recommendation,"
              + " or updateMode Off.")
  Path exportVpa;

  @Option(
      names = "--samples",
      paramLabel = "FILE.csv",
      description =
          "The samples the plan was made from: memory peaks and CPU the guard rails check against.")
  Path samples;

  @Option(
      names = "--allow-hpa",
      description = "Allow CPU requests that would make an HPA scaling on CPU add replicas.")
  boolean allowHpa;

  @Option(
      names = "--allow-namespace",
      paramLabel = "NS",
      description = "A system namespace (kube-*, *-system) to allow changes in.")
  Set<String> allowedNamespaces = Set.of();

  @Option(
      names = "--min-replicas",
      paramLabel = "N",
      defaultValue = "2",
      description = "Fewest replicas for a restarting rollout (default: ${DEFAULT-VALUE}).")
  int minReplicas;

  @Option(
      names = "--memory-margin",
      paramLabel = "FRACTION",
      defaultValue = "0.05",
      description = "Headroom above the observed memory peak (default: ${DEFAULT-VALUE}).")
  double memoryMargin;

  @Option(
      names = "--demo",
      description =
          "Apply to a demo fleet in this process instead of clusters: its history gives the "
              + "guard rails their peaks, and its cost per hour is printed before and after (no pause between batches unless --pause).")
  boolean demo;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "The demo fleet's seed, with --demo (default: ${DEFAULT-VALUE}).")
  long seed = Simulator.DEFAULT_SEED;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "Send again the changes of an interrupted or stopped run that never reached the cluster.")
  Long resume;

  private final Host host;
  private final ApplyListener observer;

  public ApplyCommand(Host host) {
    this(host, ApplyListener.NONE);
  }

  /**
   * @param observer also told of every step of the run (after the audit log holds it)
   */
  public ApplyCommand(Host host, ApplyListener observer) {
    this.host = host;
    this.observer = observer;
  }

  /** A failure propagates to {@link CommandLines}, which gives its exit code and one line. */
  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ((planFile == null) == (resume == null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either PLAN.json or --resume RUN");
    }
    if (demo && context != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--context names a kubeconfig context; --demo applies to the demo fleet");
    }
    ApplyMethod method = inPlace ? ApplyMethod.IN_PLACE : ApplyMethod.ROLLOUT;
    boolean pauseGiven =
        spec.commandLine().getParseResult() != null
            && spec.commandLine().getParseResult().hasMatchedOption("--pause");
    ApplyOptions options =
        new ApplyOptions(batch, demo && !pauseGiven ? Duration.ZERO : pause, rolloutTimeout);
    DemoFleetTarget demoFleet = demo ? DemoFleetTarget.start(seed, host.clock()) : null;
    try (ChangeSession session =
        demo
            ? new ChangeSession(clusters.openAudit(host), demoFleet.writer(), out)
            : new ChangeSession(clusters, host, out)) {
      double before = demo ? demoFleet.hourlyCost() : Double.NaN;
      int exit = applyOrExport(session, demoFleet, method, options);
      if (demo) {
        double after = demoFleet.hourlyCost();
        out.printf(
            "demo fleet cost: %s before, %s after (%s)%n",
            demoFleet.format(before), demoFleet.format(after), demoFleet.format(after - before));
      }
      return exit;
    }
  }

  private Integer applyOrExport(
      ChangeSession session, DemoFleetTarget demoFleet, ApplyMethod method, ApplyOptions options)
      throws IOException, ClusterWriteException {
    PrintWriter out = spec.commandLine().getOut();
    if (resume != null) {
      session.settleInterruptedRuns();
      List<PlannedChange> planned = new Undo(session.audit).resumptionOf(resume);
      session.reach(
          planned.stream().map(c -> c.change().workload().cluster()).toList(),
          "run " + resume + " changes the cluster");
      return finish(
          out,
          session.execute("resume run " + resume, planned, options, observer),
          planned.isEmpty());
    }
    List<PlannedSizing> recommendations = PlanFile.read(planFile);
    session.reach(
        context != null
            ? List.of(context)
            : recommendations.stream().map(r -> r.target().cluster()).toList(),
        context != null
            ? "--context names"
            : "the plan's container ids name the cluster (give --context CTX to apply it to another)");
    session.settleInterruptedRuns();
    Plan plan = screen(session, recommendations, method, demoFleet);
    plan.refusals().forEach(r -> out.println("refused " + r));
    if (!plan.vpaChanges().isEmpty() && exportVpa == null) {
      out.printf(
          "a VPA manages %d of the refused containers: --export-vpa DIR writes the VPA-side"
              + " change (minAllowed at the recommendation, or updateMode Off)%n",
          plan.vpaChanges().size());
    }
    for (ProposedChange change : plan.changes()) {
      out.print(Preview.of(change, method));
    }
    if (exportKustomize != null || exportServerSideApply != null || exportVpa != null) {
      return export(plan, out);
    }
    if (plan.changes().isEmpty()) {
      out.println("nothing to apply");
      return plan.refusals().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
    if (!session.dryRun(plan, method)) {
      out.println("the server refused the dry run: nothing was applied");
      return ExitCode.FAILED;
    }
    if (dryRunOnly) {
      return plan.refusals().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
    return finish(
        out, session.execute("apply " + planFile, plan.planned(method), options, observer), false);
  }

  private Plan screen(
      ChangeSession session,
      List<PlannedSizing> recommendations,
      ApplyMethod method,
      DemoFleetTarget demoFleet) {
    Plan plan =
        new ChangePlanner(session.writer).plan(recommendations, Optional.ofNullable(context));
    Observations observed =
        samples != null
            ? SamplesFile.read(samples)
            : demoFleet != null ? demoFleet.observations() : Observations.NONE;
    if (context != null && !recommendations.isEmpty()) {
      observed = observed.renameCluster(recommendations.getFirst().target().cluster(), context);
    }
    GuardRailSettings settings =
        new GuardRailSettings(
            memoryMargin,
            allowHpa,
            allowedNamespaces,
            minReplicas,
            clusters.readOnly
                && exportKustomize == null
                && exportServerSideApply == null
                && exportVpa == null,
            method);
    return new GuardRails(settings, observed, session::inPlaceSupported).screen(plan);
  }

  /**
   * Writes the files asked for; nothing is sent. FAILED when the guard rails left nothing to write.
   */
  private Integer export(Plan plan, PrintWriter out) throws IOException {
    var changes = plan.workloadChanges();
    List<Path> files = new ArrayList<>();
    if (exportKustomize != null) {
      files.addAll(GitOpsExport.write(changes, exportKustomize, GitOpsExport.Format.KUSTOMIZE));
    }
    if (exportServerSideApply != null) {
      files.addAll(
          GitOpsExport.write(
              changes, exportServerSideApply, GitOpsExport.Format.SERVER_SIDE_APPLY));
    }
    if (exportVpa != null) {
      if (plan.vpaChanges().isEmpty()) {
        out.println("no container of the plan is managed by a VPA: no VPA change to write");
      }
      files.addAll(VpaExport.write(plan.vpaChanges(), exportVpa));
    }
    files.forEach(f -> out.println("wrote " + f));
    return files.isEmpty() && !plan.refusals().isEmpty() ? ExitCode.FAILED : ExitCode.OK;
  }

  private static Integer finish(PrintWriter out, RunRecord run, boolean nothing) {
    if (nothing) {
      out.println("nothing to resume");
    }
    new RunPrinter(out).table(List.of(run));
    return run.outcome().map(o -> o.kind() == RunOutcome.Kind.COMPLETED).orElse(false)
        ? ExitCode.OK
        : ExitCode.FAILED;
  }
}
