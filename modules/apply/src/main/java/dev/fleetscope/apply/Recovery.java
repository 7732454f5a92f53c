package dev.fleetscope.apply;

import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * On start, finds runs a crash or kill left without an outcome and settles each of their changes by
 * reading what the cluster really holds: a change found with its new values was applied, one found
 * with its previous values was not, one found with neither drifted. The run then ends as
 * interrupted and can be resumed or rolled back ({@link Undo}). A run whose cluster cannot be
 * reached stays unsettled, to be tried again.
 */
public final class Recovery {
  private final ClusterWriter writer;
  private final AuditLog audit;

  public Recovery(ClusterWriter writer, AuditLog audit) {
    this.writer = writer;
    this.audit = audit;
  }

  /** Settles every interrupted run it can; returns them as the audit log now holds them. */
  public List<RunRecord> settleInterruptedRuns() {
    List<RunRecord> settled = new ArrayList<>();
    for (RunRecord run : audit.unendedRuns()) {
      try {
        for (ChangeRecord change : run.changes()) {
          settle(change);
        }
        RunRecord now = audit.run(run.id()).orElseThrow();
        audit.endRun(
            run.id(),
            RunOutcome.Kind.INTERRUPTED,
            "found interrupted and read back from the cluster: " + summary(now));
        settled.add(audit.run(run.id()).orElseThrow());
      } catch (ClusterWriteException e) {
        settled.add(run);
      }
    }
    return settled;
  }

  private void settle(ChangeRecord change) throws ClusterWriteException {
    switch (change.state()) {
      case PLANNED ->
          audit.record(change.id(), ChangeState.NOT_APPLIED, "interrupted before it was sent");
      case SENDING -> {
        WorkloadState now = writer.read(change.change().workload());
        if (now.holds(change.change(), change.method(), true)) {
          audit.record(
              change.id(),
              ChangeState.APPLIED,
              "interrupted after sending; the cluster holds the new values");
          settleRollout(change);
        } else if (now.holds(change.change(), change.method(), false)) {
          audit.record(
              change.id(),
              ChangeState.NOT_APPLIED,
              "interrupted while sending; the cluster still holds the previous values");
        } else {
          audit.record(
              change.id(),
              ChangeState.DRIFTED,
              "interrupted while sending; the cluster holds neither the previous nor the new values");
        }
      }
      case APPLIED -> settleRollout(change);
      default -> {}
    }
  }

  private void settleRollout(ChangeRecord change) throws ClusterWriteException {
    try {
      switch (writer.rollout(change.change(), change.method(), Duration.ZERO)) {
        case RolloutState.Complete c ->
            audit.record(
                change.id(), ChangeState.ROLLED_OUT, "rolled out (seen after the interruption)");
        case RolloutState.Failed f ->
            audit.record(change.id(), ChangeState.FAILED, "rollout failed: " + f.reason());
        case RolloutState.Progressing p -> {}
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String summary(RunRecord run) {
    Map<ChangeState, Long> counts =
        run.changes().stream()
            .collect(
                Collectors.groupingBy(
                    ChangeRecord::state,
                    () -> new EnumMap<>(ChangeState.class),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(
            e ->
                e.getValue()
                    + " "
                    + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }
}
