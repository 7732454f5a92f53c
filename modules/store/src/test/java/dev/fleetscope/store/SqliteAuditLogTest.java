package dev.fleetscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadChange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static final WorkloadChange CHANGE =
      new WorkloadChange(
          new WorkloadRef("prod", "ml", WorkloadKind.STATEFUL_SET, "vector-db"),
          List.of(
              new ContainerChange(
                  "db",
                  new ContainerResources(
                      Map.of("cpu", "0.5", "memory", "4Gi", "nvidia.com/gpu", "1"),
                      Map.of("cpu", "2")),
                  new ContainerResources(
                      Map.of("cpu", "250m", "memory", "3Gi", "nvidia.com/gpu", "1"), Map.of())),
              new ContainerChange(
                  "sidecar",
                  ContainerResources.NONE,
                  new ContainerResources(Map.of("memory", "64Mi"), Map.of("memory", "64Mi")))));

  @TempDir Path dir;

  @Test
  void keepsExactPreviousValuesIncludingUnsetOnesAcrossReopening() {
    long changeId;
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      RunRecord run =
          log.startRun(
              "apply PLAN.json", List.of(PlannedChange.fromPlan(CHANGE, ApplyMethod.ROLLOUT)));
      changeId = run.changes().getFirst().id();
      log.record(changeId, ChangeState.SENDING, "sending");
    }
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      ChangeRecord change = log.change(changeId).orElseThrow();
      assertEquals(CHANGE, change.change());
      assertEquals(
          List.of(ChangeState.PLANNED, ChangeState.SENDING),
          change.history().stream().map(e -> e.state()).toList());
      assertEquals(Instant.parse("2026-11-23T10:00:00Z"), change.latest().at());
      assertEquals(1, log.unendedRuns().size());
    }
  }

  @Test
  void endsARunOnceAndListsRunsNewestFirstWithRollbackOrigins() {
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      RunRecord first =
          log.startRun("apply", List.of(PlannedChange.fromPlan(CHANGE, ApplyMethod.ROLLOUT)));
      log.endRun(first.id(), RunOutcome.Kind.COMPLETED, "every change rolled out");
      long original = first.changes().getFirst().id();
      RunRecord undo =
          log.startRun(
              "rollback",
              List.of(
                  new PlannedChange(
                      ChangeKind.ROLLBACK,
                      Optional.of(original),
                      ApplyMethod.ROLLOUT,
                      CHANGE.reversed())));
      assertEquals(List.of(undo.id(), first.id()), log.runs().stream().map(RunRecord::id).toList());
      assertEquals(
          Optional.of(original), log.change(undo.changes().getFirst().id()).orElseThrow().origin());
      assertEquals(List.of(undo.id()), log.unendedRuns().stream().map(RunRecord::id).toList());
      var e =
          assertThrows(
              AuditStoreException.class,
              () -> log.endRun(first.id(), RunOutcome.Kind.STOPPED, "again"));
      assertEquals(
          "cannot write the audit log "
              + dir.resolve("audit.db")
              + ": run "
              + first.id()
              + " does not exist or has already ended",
          e.getMessage());
    }
  }

  @Test
  void runsInWalModeWithFullSynchronousWrites() throws Exception {
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      log.startRun("apply", List.of());
    }
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      assertEquals("wal", log.pragma("journal_mode"));
      assertEquals("2", log.pragma("synchronous"), "2 is FULL");
    }
  }
}
