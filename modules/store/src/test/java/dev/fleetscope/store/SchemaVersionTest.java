package dev.fleetscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.change.RunRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's schema version: older files are upgraded in place, newer ones refused. */
class SchemaVersionTest {
  @TempDir Path dir;

  private static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /**
   * An audit log as Fleetscope wrote it before schema versions: today's tables, {@code
   * user_version} 0, one ended run.
   */
  private Path unversionedLog() throws SQLException {
    Path file = dir.resolve("audit.db");
    try (Connection c = connect(file);
        Statement s = c.createStatement()) {
      for (String table : Schema.MIGRATIONS.getFirst().statements()) {
        s.execute(table);
      }
      s.execute(
          "INSERT INTO runs(started_at, description, outcome, ended_at, outcome_detail) VALUES"
              + " ('2026-11-01T10:00:00Z', 'apply PLAN.json', 'COMPLETED',"
              + " '2026-11-01T10:05:00Z', 'all applied')");
    }
    return file;
  }

  @Test
  void aNewFileIsCreatedAtTheCurrentVersion() throws Exception {
    Path file = dir.resolve("new.db");
    SqliteAuditLog.open(file, Clock.systemUTC()).close();
    try (Connection c = connect(file)) {
      assertEquals(Schema.CURRENT, Schema.version(c));
    }
  }

  @Test
  void aFileFromBeforeVersionsIsBroughtToTheCurrentVersionAndKeepsItsRuns() throws Exception {
    Path file = unversionedLog();
    try (SqliteAuditLog log = SqliteAuditLog.open(file, Clock.systemUTC())) {
      List<RunRecord> runs = log.runs();
      assertEquals(1, runs.size());
      assertEquals("apply PLAN.json", runs.getFirst().description());
    }
    try (Connection c = connect(file)) {
      assertEquals(Schema.CURRENT, Schema.version(c));
    }
  }

  @Test
  void missingStepsRunInOrderAndRaiseTheVersionWithThem() throws Exception {
    Path file = unversionedLog();
    List<Schema.Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
    steps.add(
        new Schema.Migration(
            Schema.CURRENT + 1,
            "who ran it",
            List.of("ALTER TABLE runs ADD COLUMN started_by TEXT")));
    steps.add(
        new Schema.Migration(
            Schema.CURRENT + 2, "default user", List.of("UPDATE runs SET started_by = 'unknown'")));
    try (Connection c = connect(file)) {
      Schema.migrate(c, file);
      Schema.migrate(c, file, steps);
      assertEquals(Schema.CURRENT + 2, Schema.version(c));
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT started_by FROM runs")) {
        rs.next();
        assertEquals("unknown", rs.getString(1));
      }
    }
  }

  @Test
  void aFailingStepLeavesTheFileAtTheLastVersionItFullyHolds() throws Exception {
    Path file = unversionedLog();
    List<Schema.Migration> steps =
        List.of(
            Schema.MIGRATIONS.getFirst(),
            new Schema.Migration(
                2,
                "half a step",
                List.of("ALTER TABLE runs ADD COLUMN x TEXT", "ALTER TABLE nothing ADD y TEXT")));
    try (Connection c = connect(file)) {
      assertThrows(SQLException.class, () -> Schema.migrate(c, file, steps));
      assertEquals(1, Schema.version(c));
      try (Statement s = c.createStatement();
          var rs =
              s.executeQuery("SELECT count(*) FROM pragma_table_info('runs') WHERE name='x'")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "the step's first statement was rolled back");
      }
    }
  }

  @Test
  void aFileOfANewerVersionIsRefusedNamingTheFileAndBothVersions() throws Exception {
    Path file = unversionedLog();
    try (Connection c = connect(file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 7");
    }
    AuditStoreException e =
        assertThrows(AuditStoreException.class, () -> SqliteAuditLog.open(file, Clock.systemUTC()));
    assertEquals(
        "the audit log "
            + file
            + " has schema version 7, newer than version "
            + Schema.CURRENT
            + " that this Fleetscope reads; it was"
            + " written by a newer Fleetscope: update Fleetscope, or give this one another data"
            + " directory",
        e.getMessage());
  }
}
