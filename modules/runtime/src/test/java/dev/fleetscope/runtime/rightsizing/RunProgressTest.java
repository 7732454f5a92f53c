package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.apply.ApplyEvent;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A three-change run in two batches (2 + 1), event by event, as its progress bars show it. */
class RunProgressTest {
  private static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");

  private static ChangeRecord change(long id, String workload) {
    WorkloadChange c =
        new WorkloadChange(
            new WorkloadRef("lab", "shop", WorkloadKind.DEPLOYMENT, workload),
            List.of(
                new ContainerChange(
                    "main",
                    new ContainerResources(Map.of("cpu", "1"), Map.of()),
                    new ContainerResources(Map.of("cpu", "250m"), Map.of()))));
    return new ChangeRecord(
        id,
        7,
        ChangeKind.APPLY,
        Optional.empty(),
        ApplyMethod.ROLLOUT,
        c,
        List.of(new ChangeEvent(ChangeState.PLANNED, AT, "planned")));
  }

  @Test
  void eachChangeCountsOnceSentAndOnceSettledInItsOwnBatch() {
    ChangeRecord a = change(1, "a");
    ChangeRecord b = change(2, "b");
    ChangeRecord c = change(3, "c");
    RunRecord run = new RunRecord(7, AT, "apply 3 workload(s)", Optional.empty(), List.of(a, b, c));

    RunProgress p =
        RunProgress.starting("apply 3 workload(s)").on(new ApplyEvent.RunStarted(run, 2));
    assertEquals(7, p.runId());
    assertEquals(List.of("Batch 1 of 2: waiting", "Batch 2 of 2: waiting"), labels(p));

    p =
        p.on(new ApplyEvent.BatchStarted(1, 2, List.of(a, b)))
            .on(new ApplyEvent.Sending(a))
            .on(new ApplyEvent.Sent(a));
    assertEquals(0.25, p.batches().get(0).fraction()); // 1 of 2 changes sent: 1 of 4 steps
    assertEquals("Batch 1 of 2: 1 sent, 0 of 2 rolled out", labels(p).get(0));
    p = p.on(new ApplyEvent.ChangeFinished(1, ChangeState.APPLIED, "accepted by the server"));
    assertEquals(0.25, p.batches().get(0).fraction(), "accepted is not yet settled");
    p =
        p.on(new ApplyEvent.Sent(b))
            .on(new ApplyEvent.ChangeFinished(1, ChangeState.ROLLED_OUT, "rolled out"))
            .on(new ApplyEvent.ChangeFinished(2, ChangeState.ROLLED_OUT, "rolled out"));
    assertEquals(1.0, p.batches().get(0).fraction());
    assertEquals("Batch 1 of 2: 2 of 2 rolled out", labels(p).get(0));
    assertEquals(0, p.batches().get(1).fraction());

    p = p.on(new ApplyEvent.Pausing(Duration.ofSeconds(30)));
    assertEquals(Optional.of("pausing 30 s before the next batch"), p.pausing());
    p = p.on(new ApplyEvent.BatchStarted(2, 2, List.of(c)));
    assertTrue(p.pausing().isEmpty());
    p = p.on(new ApplyEvent.ChangeFinished(3, ChangeState.NOT_APPLIED, "not sent: cancelled"));
    assertEquals(1.0, p.batches().get(1).fraction(), "a change never sent is settled at once");
    assertEquals("Batch 2 of 2: 0 of 1 rolled out, 1 failed or not sent", labels(p).get(1));
    assertFalse(p.ended());

    p = p.on(new ApplyEvent.RunEnded(7, RunOutcome.Kind.CANCELLED, "cancelled"));
    assertTrue(p.ended());
    assertEquals(Optional.of(RunOutcome.Kind.CANCELLED), p.outcome());
    assertEquals("run 7 CANCELLED: cancelled", p.log().getLast());
    assertEquals("change 1: sending lab/shop/a", p.log().get(2));
  }

  @Test
  void aRefusedChangeFillsItsBarAndTheBatchesNeverStartedReadNotSent() {
    ChangeRecord a = change(1, "a");
    RunRecord run =
        new RunRecord(7, AT, "rollback of run 3", Optional.empty(), List.of(a, change(2, "b")));
    RunProgress p =
        RunProgress.starting("rollback of run 3")
            .on(new ApplyEvent.RunStarted(run, 2))
            .on(new ApplyEvent.BatchStarted(1, 2, List.of(a)))
            .on(new ApplyEvent.Sending(a))
            .on(
                new ApplyEvent.ChangeFinished(
                    1, ChangeState.FAILED, "CONFLICT: changed since the preview"))
            .on(new ApplyEvent.RunEnded(7, RunOutcome.Kind.STOPPED, "stopped"));
    assertEquals(1.0, p.batches().get(0).fraction(), "refused when sent: sent and settled");
    assertEquals(
        List.of("Batch 1 of 2: 0 of 1 rolled out, 1 failed or not sent", "Batch 2 of 2: not sent"),
        labels(p));
  }

  private static List<String> labels(RunProgress p) {
    return p.batches().stream().map(p::label).toList();
  }
}
