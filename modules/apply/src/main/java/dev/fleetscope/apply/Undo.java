package dev.fleetscope.apply;

import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunRecord;
import java.util.List;
import java.util.Optional;

/**
 * Builds rollbacks and resumptions from the audit log; {@link RunExecutor} runs them, so they are
 * audited too. A rollback restores a change's exact previous values and is itself pinned: it is
 * refused with a conflict when the workload no longer holds the values the change set.
 */
public final class Undo {
  private final AuditLog audit;

  public Undo(AuditLog audit) {
    this.audit = audit;
  }

  /** The change that restores change {@code changeId}'s previous values. */
  public PlannedChange rollbackOf(long changeId) {
    ChangeRecord change =
        audit
            .change(changeId)
            .orElseThrow(
                () -> new IllegalArgumentException("no change " + changeId + " in the audit log"));
    boolean reached =
        change.history().stream().map(ChangeEvent::state).anyMatch(ChangeState::reachedCluster);
    if (!reached || change.state() == ChangeState.DRIFTED) {
      throw new IllegalArgumentException(
          "change "
              + changeId
              + " ("
              + change.change().workload()
              + ") is "
              + change.state()
              + " and never set its values in the cluster: there is nothing to roll back");
    }
    return new PlannedChange(
        ChangeKind.ROLLBACK, Optional.of(changeId), change.method(), change.change().reversed());
  }

  /** Every change of a run that reached the cluster, undone in reverse order. */
  public List<PlannedChange> rollbackOfRun(long runId) {
    RunRecord run = run(runId);
    return run.changes().reversed().stream()
        .filter(
            c -> c.history().stream().map(ChangeEvent::state).anyMatch(ChangeState::reachedCluster))
        .filter(c -> c.state() != ChangeState.DRIFTED)
        .map(c -> rollbackOf(c.id()))
        .toList();
  }

  /**
   * The changes of an ended run that never reached the cluster, to be sent again with the same
   * pinned values.
   */
  public List<PlannedChange> resumptionOf(long runId) {
    RunRecord run = run(runId);
    if (!run.ended()) {
      throw new IllegalArgumentException(
          "run " + runId + " has not ended: settle it first (it is read back on start)");
    }
    return run.changes().stream()
        .filter(c -> c.state() == ChangeState.NOT_APPLIED)
        .map(c -> new PlannedChange(c.kind(), Optional.of(c.id()), c.method(), c.change()))
        .toList();
  }

  private RunRecord run(long runId) {
    return audit
        .run(runId)
        .orElseThrow(() -> new IllegalArgumentException("no run " + runId + " in the audit log"));
  }
}
