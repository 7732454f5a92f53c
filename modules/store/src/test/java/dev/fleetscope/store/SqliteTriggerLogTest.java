package dev.fleetscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerIntent;
import dev.fleetscope.model.trigger.TriggerRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipeline triggers in the audit log: who, what, when and the answer, kept across restarts. */
class SqliteTriggerLogTest {
  static final Instant ASKED = Instant.parse("2026-11-23T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(ASKED, ZoneOffset.UTC);
  static final TriggerIntent INTENT =
      new TriggerIntent(
          "ana",
          "Airflow http://airflow:8080/, DAG retrain_ranker",
          "POST http://airflow:8080/api/v1/dags/retrain_ranker/dagRuns\n"
              + "Authorization: Basic ••••\n\n{\"conf\":{}}",
          "ranker: 2 of 4 columns drifted (50%)");

  @TempDir Path dir;

  @Test
  void keepsWhoWhatWhenAndTheAnswerAcrossReopening() {
    long id;
    TriggerAnswer answer =
        new TriggerAnswer(
            TriggerAnswer.Outcome.STARTED,
            ASKED.plusSeconds(2),
            "started run manual__1",
            Optional.of("manual__1"));
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      TriggerRecord record = log.recordIntent(INTENT);
      id = record.id();
      assertEquals(new TriggerRecord(id, ASKED, INTENT, Optional.empty()), record);
      log.recordAnswer(id, answer);
    }
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      assertEquals(
          List.of(new TriggerRecord(id, ASKED, INTENT, Optional.of(answer))), log.triggers());
    }
  }

  @Test
  void aTriggerIsAnsweredOnceAndAnUnansweredOneStaysSo() {
    try (SqliteAuditLog log = SqliteAuditLog.open(dir.resolve("audit.db"), CLOCK)) {
      long first = log.recordIntent(INTENT).id();
      long second = log.recordIntent(INTENT).id();
      TriggerAnswer refused =
          new TriggerAnswer(
              TriggerAnswer.Outcome.REFUSED, ASKED, "HTTP 404: DAG not found", Optional.empty());
      log.recordAnswer(second, refused);
      AuditStoreException e =
          assertThrows(AuditStoreException.class, () -> log.recordAnswer(second, refused));
      assertTrue(
          e.getMessage()
              .contains("trigger " + second + " does not exist or has already been answered"),
          e.getMessage());
      assertEquals(List.of(second, first), log.triggers().stream().map(TriggerRecord::id).toList());
      assertEquals(
          Optional.empty(),
          log.trigger(first).orElseThrow().answer(),
          "in flight, or the process died");
    }
  }

  @Test
  void anAuditLogWrittenBeforeTriggersOpensWithItsRunsIntact() throws Exception {
    Path file = dir.resolve("audit.db");
    long runId;
    try (SqliteAuditLog log = SqliteAuditLog.open(file, CLOCK)) {
      runId = log.startRun("apply PLAN.json", List.of()).id();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      // as a log written before triggers existed: schema version 1, no triggers table
      s.execute("DROP TABLE pipeline_triggers");
      s.execute("PRAGMA user_version = 1");
    }
    try (SqliteAuditLog log = SqliteAuditLog.open(file, CLOCK)) {
      assertEquals("apply PLAN.json", log.run(runId).orElseThrow().description());
      assertEquals(List.of(), log.triggers());
      assertEquals(1, log.recordIntent(INTENT).id());
    }
  }
}
