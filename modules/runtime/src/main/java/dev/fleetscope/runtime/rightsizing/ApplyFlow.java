package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.ChangePlanner;
import dev.fleetscope.apply.DryRun;
import dev.fleetscope.apply.GuardRails;
import dev.fleetscope.apply.Observations;
import dev.fleetscope.apply.Plan;
import dev.fleetscope.apply.Preview;
import dev.fleetscope.apply.Recovery;
import dev.fleetscope.apply.Refusal;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.RunExecutor;
import dev.fleetscope.apply.Undo;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.changes.ChangeSetup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The apply module as the Recommendations view drives it, step by step, on the view-model's worker
 * thread: the selected rows planned against what the clusters hold and screened by the guard rails,
 * the servers' dry run, the audited run in batches, and the audit log with its rollbacks and
 * resumptions. The same steps as {@code fleetscope apply}, so the console and the command line
 * leave the same audit trail.
 */
public final class ApplyFlow implements AutoCloseable {
  private final ChangeSetup setup;
  private AuditLog audit;
  private final List<String> notices = new ArrayList<>();

  public ApplyFlow(ChangeSetup setup) {
    this.setup = setup;
  }

  private AuditLog audit() {
    if (audit == null) {
      audit = setup.openAudit();
    }
    return audit;
  }

  /** Reads runs a crash or kill interrupted back from their clusters, then the whole log. */
  public AuditHistory settleAndLoad() {
    for (RunRecord run : new Recovery(setup.writers(), audit()).settleInterruptedRuns()) {
      notices.add(
          "Run "
              + run.id()
              + " ("
              + run.description()
              + ") was interrupted: "
              + run.outcome()
                  .map(RunOutcome::detail)
                  .orElse("its cluster cannot be reached to read it back; it stays unsettled")
              + ". Resume it or roll it back below.");
    }
    return history();
  }

  public AuditHistory history() {
    return new AuditHistory(audit().runs(), notices, Optional.empty());
  }

  /**
   * The rows' changes pinned to what their clusters hold, screened by the guard rails, with the
   * preview.
   */
  public ApplyStage.Planned plan(
      List<RecommendationRow> rows, ApplySettings settings, FleetSnapshot snapshot) {
    Plan found = new ChangePlanner(setup.writers()).plan(PlanRows.of(rows), Optional.empty());
    // Read-only sessions still preview: what is refused is sending, which the view-model never does
    // then.
    GuardRails rails =
        new GuardRails(
            settings.guardRails(false), Observations.fromSnapshot(snapshot), this::inPlace);
    Plan screened = rails.screen(found);
    String preview =
        screened.changes().stream()
            .map(c -> Preview.of(c, settings.method()))
            .collect(Collectors.joining("\n"));
    return new ApplyStage.Planned(screened, settings.method(), preview, unchanged(rows, found));
  }

  /**
   * Selected containers the plan leaves alone because they already hold the recommended quantities.
   */
  private static int unchanged(List<RecommendationRow> rows, Plan found) {
    Set<String> touched = new HashSet<>();
    found
        .changes()
        .forEach(
            c ->
                c.change()
                    .containers()
                    .forEach(
                        k -> touched.add(c.change().workload().container(k.container()).id())));
    found.refusals().stream().map(Refusal::target).forEach(touched::add);
    return (int)
        rows.stream()
            .filter(r -> !touched.contains(r.id()) && !touched.contains(r.ref().workload().id()))
            .count();
  }

  public ApplyStage.Planned dryRun(ApplyStage.Planned planned) {
    return planned.withDryRun(DryRun.run(setup.writers(), planned.plan(), planned.method()));
  }

  public RunRecord execute(
      String description,
      List<PlannedChange> changes,
      ApplyOptions options,
      ApplyListener listener,
      RunControl control) {
    return new RunExecutor(setup.writers(), audit(), options)
        .execute(description, changes, listener, control);
  }

  /** Rollbacks restoring the changes' exact previous values, in the order given. */
  public List<PlannedChange> rollbacks(List<ChangeRecord> changes) {
    Undo undo = new Undo(audit());
    return changes.stream().map(c -> undo.rollbackOf(c.id())).toList();
  }

  /** The given changes of an ended run sent again, pinned to the same previous values. */
  public List<PlannedChange> resumption(RunRecord run, List<ChangeRecord> changes) {
    Set<Long> wanted = changes.stream().map(ChangeRecord::id).collect(Collectors.toSet());
    return new Undo(audit())
        .resumptionOf(run.id()).stream()
            .filter(p -> p.origin().filter(wanted::contains).isPresent())
            .toList();
  }

  private boolean inPlace(String cluster) {
    try {
      return setup.writers().supportsInPlaceResize(cluster);
    } catch (ClusterWriteException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (audit != null) {
      audit.close();
    }
  }
}
