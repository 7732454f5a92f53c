package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadChange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryAndUndoTest {
  private final FakeCluster cluster = new FakeCluster();
  private final MemoryAuditLog audit = new MemoryAuditLog();
  private final RunExecutor executor =
      new RunExecutor(cluster, audit, new ApplyOptions(5, Duration.ZERO, Duration.ofSeconds(1)));

  private PlannedChange planned(String name) {
    WorkloadRef ref = cluster.add(name, FakeCluster.resources("1", "2Gi"));
    return PlannedChange.fromPlan(
        new WorkloadChange(
            ref,
            List.of(
                new ContainerChange(
                    "api",
                    FakeCluster.resources("1", "2Gi"),
                    FakeCluster.resources("500m", "1Gi")))),
        ApplyMethod.ROLLOUT);
  }

  /**
   * A run as a kill leaves it: a sent, b in flight and applied, c in flight and not applied, d
   * drifted, e not begun.
   */
  private long interruptedRun() throws Exception {
    List<PlannedChange> planned =
        List.of(planned("a"), planned("b"), planned("c"), planned("d"), planned("e"));
    RunRecord run = audit.startRun("killed", planned);
    List<ChangeRecord> c = run.changes();
    audit.record(c.get(0).id(), ChangeState.SENDING, "");
    cluster.apply(c.get(0).change(), ApplyMethod.ROLLOUT);
    audit.record(c.get(0).id(), ChangeState.APPLIED, "");
    audit.record(c.get(1).id(), ChangeState.SENDING, "");
    cluster.apply(c.get(1).change(), ApplyMethod.ROLLOUT);
    audit.record(c.get(2).id(), ChangeState.SENDING, "");
    audit.record(c.get(3).id(), ChangeState.SENDING, "");
    cluster.apply(FakeCluster.deployment("d"), FakeCluster.resources("3", "3Gi"));
    return run.id();
  }

  @Test
  void settlesAnInterruptedRunByReadingTheClusterBack() throws Exception {
    long runId = interruptedRun();
    List<RunRecord> settled = new Recovery(cluster, audit).settleInterruptedRuns();
    RunRecord run = settled.getFirst();
    assertEquals(
        List.of(
            ChangeState.ROLLED_OUT,
            ChangeState.ROLLED_OUT,
            ChangeState.NOT_APPLIED,
            ChangeState.DRIFTED,
            ChangeState.NOT_APPLIED),
        run.changes().stream().map(ChangeRecord::state).toList());
    assertEquals(RunOutcome.Kind.INTERRUPTED, run.outcome().orElseThrow().kind());
    assertEquals(
        "found interrupted and read back from the cluster: 2 rolled out, 2 not applied, 1 drifted",
        run.outcome().orElseThrow().detail());
    assertEquals(List.of(), audit.unendedRuns());
    assertEquals(runId, run.id());
  }

  @Test
  void settlesAnInterruptedInPlaceResizeByWhatThePodsHoldNotTheTemplate() {
    WorkloadRef ref = cluster.add("a", FakeCluster.resources("1", "2Gi"));
    WorkloadChange change =
        new WorkloadChange(
            ref,
            List.of(
                new ContainerChange(
                    "api",
                    FakeCluster.resources("1", "2Gi"),
                    FakeCluster.resources("500m", "1Gi"))));
    RunRecord run =
        audit.startRun("killed", List.of(PlannedChange.fromPlan(change, ApplyMethod.IN_PLACE)));
    audit.record(run.changes().getFirst().id(), ChangeState.SENDING, "");
    // the pods were resized before the kill; an in-place resize leaves the template as it was
    var state = cluster.workloads.get(ref);
    cluster.workloads.put(
        ref,
        new dev.fleetscope.model.change.WorkloadState(
            ref,
            state.containers(),
            state.replicas(),
            java.util.Map.of("a-a", java.util.Map.of("api", FakeCluster.resources("500m", "1Gi"))),
            state.autoscaler(),
            state.disruptionBudgets(),
            false,
            state.podTemplateLabels()));
    RunRecord settled = new Recovery(cluster, audit).settleInterruptedRuns().getFirst();
    assertEquals(ChangeState.ROLLED_OUT, settled.changes().getFirst().state());
    assertEquals(
        List.of(
            ChangeState.PLANNED, ChangeState.SENDING, ChangeState.APPLIED, ChangeState.ROLLED_OUT),
        settled.changes().getFirst().history().stream().map(e -> e.state()).toList());
  }

  @Test
  void resumesOnlyWhatNeverReachedTheClusterAndRollsBackOnlyWhatDid() throws Exception {
    long runId = interruptedRun();
    new Recovery(cluster, audit).settleInterruptedRuns();
    Undo undo = new Undo(audit);

    RunRecord resumed =
        executor.execute("resume", undo.resumptionOf(runId), ApplyListener.NONE, new RunControl());
    assertEquals(
        List.of("prod/ml/c", "prod/ml/e"),
        resumed.changes().stream().map(c -> c.change().workload().id()).toList());
    assertEquals(RunOutcome.Kind.COMPLETED, resumed.outcome().orElseThrow().kind());

    RunRecord rolledBack =
        executor.execute(
            "rollback", undo.rollbackOfRun(runId), ApplyListener.NONE, new RunControl());
    assertEquals(
        List.of("prod/ml/b", "prod/ml/a"),
        rolledBack.changes().stream().map(c -> c.change().workload().id()).toList());
    assertEquals(ChangeKind.ROLLBACK, rolledBack.changes().getFirst().kind());
    assertEquals(
        FakeCluster.resources("1", "2Gi"),
        cluster.workloads.get(FakeCluster.deployment("a")).containers().get("api"));
    assertEquals(
        FakeCluster.resources("3", "3Gi"),
        cluster.workloads.get(FakeCluster.deployment("d")).containers().get("api"));
  }

  @Test
  void rollbackRestoresExactPreviousValuesAndIsAudited() {
    RunRecord run =
        executor.execute("apply", List.of(planned("a")), ApplyListener.NONE, new RunControl());
    long changeId = run.changes().getFirst().id();
    RunRecord rollback =
        executor.execute(
            "rollback " + changeId,
            List.of(new Undo(audit).rollbackOf(changeId)),
            ApplyListener.NONE,
            new RunControl());
    ChangeRecord undone = rollback.changes().getFirst();
    assertEquals(Optional.of(changeId), undone.origin());
    assertEquals(ChangeState.ROLLED_OUT, undone.state());
    assertEquals(
        FakeCluster.resources("1", "2Gi"),
        cluster.workloads.get(FakeCluster.deployment("a")).containers().get("api"));
  }

  @Test
  void refusesToRollBackAChangeThatNeverReachedTheCluster() {
    List<PlannedChange> planned = List.of(planned("a"));
    cluster.apply(FakeCluster.deployment("a"), FakeCluster.resources("2", "2Gi"));
    long changeId =
        executor
            .execute("apply", planned, ApplyListener.NONE, new RunControl())
            .changes()
            .getFirst()
            .id();
    var e =
        assertThrows(IllegalArgumentException.class, () -> new Undo(audit).rollbackOf(changeId));
    assertEquals(
        "change 1 (prod/ml/a) is FAILED and never set its values in the cluster: there is nothing to roll back",
        e.getMessage());
  }
}
