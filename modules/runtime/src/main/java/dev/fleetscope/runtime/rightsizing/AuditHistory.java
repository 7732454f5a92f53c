package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as the history panel shows it: runs newest first, what was found interrupted at
 * start, and why the log could not be read if it could not.
 */
public record AuditHistory(List<RunRecord> runs, List<String> notices, Optional<String> problem) {
  public static final AuditHistory LOADING =
      new AuditHistory(List.of(), List.of(), Optional.empty());

  public AuditHistory {
    runs = List.copyOf(runs);
    notices = List.copyOf(notices);
  }

  /** Whether a later rollback has restored this change's previous values. */
  public boolean rolledBack(ChangeRecord change) {
    return runs.stream()
        .flatMap(r -> r.changes().stream())
        .anyMatch(
            c ->
                c.kind() == ChangeKind.ROLLBACK
                    && c.origin().equals(Optional.of(change.id()))
                    && c.state().reachedCluster());
  }

  /** Whether the change set its values in the cluster and nothing has undone it yet. */
  public boolean canRollBack(ChangeRecord change) {
    return change.state() != ChangeState.DRIFTED
        && change.history().stream().anyMatch(e -> e.state().reachedCluster())
        && !rolledBack(change);
  }

  /** The changes of a run that a rollback of the whole run restores, newest first. */
  public List<ChangeRecord> toRollBack(RunRecord run) {
    return run.ended()
        ? run.changes().reversed().stream().filter(this::canRollBack).toList()
        : List.of();
  }

  /**
   * The changes of a run that ended (or was settled after an interruption) without reaching the
   * cluster and that no later run has resumed: what a resumption sends again.
   */
  public List<ChangeRecord> toResume(RunRecord run) {
    if (run.outcome().map(RunOutcome::kind).filter(k -> k != RunOutcome.Kind.COMPLETED).isEmpty()) {
      return List.of();
    }
    return run.changes().stream()
        .filter(c -> c.state() == ChangeState.NOT_APPLIED)
        .filter(c -> !resumed(c))
        .toList();
  }

  private boolean resumed(ChangeRecord change) {
    return runs.stream()
        .flatMap(r -> r.changes().stream())
        .anyMatch(c -> c.kind() == change.kind() && c.origin().equals(Optional.of(change.id())));
  }
}
