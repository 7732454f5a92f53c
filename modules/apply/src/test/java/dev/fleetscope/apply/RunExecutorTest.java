package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunExecutorTest {
  private final FakeCluster cluster = new FakeCluster();
  private final MemoryAuditLog audit = new MemoryAuditLog();
  private final List<ApplyEvent> events = new ArrayList<>();

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

  private RunRecord run(int batch, List<PlannedChange> planned) {
    return new RunExecutor(
            cluster, audit, new ApplyOptions(batch, Duration.ZERO, Duration.ofSeconds(1)))
        .execute("test", planned, events::add, new RunControl());
  }

  private static List<ChangeState> states(RunRecord run) {
    return run.changes().stream().map(ChangeRecord::state).toList();
  }

  @Test
  void writesTheIntentBeforeSendingAndTheOutcomeAfter() {
    List<ChangeState> seenBySend = new ArrayList<>();
    cluster.beforeApply = c -> seenBySend.add(audit.runs().getFirst().changes().getFirst().state());
    RunRecord run = run(5, List.of(planned("a")));
    assertEquals(List.of(ChangeState.SENDING), seenBySend);
    assertEquals(
        List.of(
            ChangeState.PLANNED, ChangeState.SENDING, ChangeState.APPLIED, ChangeState.ROLLED_OUT),
        run.changes().getFirst().history().stream().map(e -> e.state()).toList());
    assertEquals(RunOutcome.Kind.COMPLETED, run.outcome().orElseThrow().kind());
  }

  @Test
  void sendsInBatchesAndStopsAfterTheBatchWhoseRolloutFailed() {
    List<PlannedChange> planned =
        List.of(planned("a"), planned("b"), planned("c"), planned("d"), planned("e"));
    cluster.rollouts.put(
        FakeCluster.deployment("c"), new RolloutState.Failed("ProgressDeadlineExceeded"));
    RunRecord run = run(2, planned);
    assertEquals(
        List.of(
            "apply a",
            "apply b",
            "rollout a",
            "rollout b",
            "apply c",
            "apply d",
            "rollout c",
            "rollout d"),
        cluster.calls);
    assertEquals(
        List.of(
            ChangeState.ROLLED_OUT,
            ChangeState.ROLLED_OUT,
            ChangeState.FAILED,
            ChangeState.ROLLED_OUT,
            ChangeState.NOT_APPLIED),
        states(run));
    assertEquals(RunOutcome.Kind.STOPPED, run.outcome().orElseThrow().kind());
    assertEquals(
        "stopped: the rollout of prod/ml/c failed: ProgressDeadlineExceeded",
        run.outcome().orElseThrow().detail());
    assertEquals(2, events.stream().filter(e -> e instanceof ApplyEvent.BatchStarted).count());
  }

  @Test
  void recordsAConflictAndSendsNothingAfterIt() {
    List<PlannedChange> planned = List.of(planned("a"), planned("b"));
    cluster.apply(FakeCluster.deployment("a"), FakeCluster.resources("2", "2Gi"));
    RunRecord run = run(5, planned);
    assertEquals(List.of(ChangeState.FAILED, ChangeState.NOT_APPLIED), states(run));
    assertEquals(
        "CONFLICT: prod/ml/a changed since the preview",
        run.changes().getFirst().latest().detail());
    assertEquals(
        FakeCluster.resources("2", "2Gi"),
        cluster.workloads.get(FakeCluster.deployment("a")).containers().get("api"));
  }

  @Test
  void cancelledRunSendsNothingMore() {
    RunControl control = new RunControl();
    List<PlannedChange> planned = List.of(planned("a"), planned("b"));
    RunRecord run =
        new RunExecutor(
                cluster, audit, new ApplyOptions(1, Duration.ofMinutes(5), Duration.ofSeconds(1)))
            .execute(
                "test",
                planned,
                e -> {
                  if (e instanceof ApplyEvent.Pausing) {
                    control.cancel();
                  }
                },
                control);
    assertEquals(List.of(ChangeState.ROLLED_OUT, ChangeState.NOT_APPLIED), states(run));
    assertEquals(RunOutcome.Kind.CANCELLED, run.outcome().orElseThrow().kind());
  }
}
