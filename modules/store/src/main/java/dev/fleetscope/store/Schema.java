package dev.fleetscope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The audit log's tables (runs, their changes, each change's exact before/after values and its
 * states; the pipeline triggers) and their versions: the file's {@code PRAGMA user_version} says
 * which of {@link #MIGRATIONS} it holds.
 */
final class Schema {
  private static final String[] TABLES = {
    """
    CREATE TABLE IF NOT EXISTS runs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      started_at TEXT NOT NULL,
      description TEXT NOT NULL,
      outcome TEXT,
      ended_at TEXT,
      outcome_detail TEXT)""",
    """
    CREATE TABLE IF NOT EXISTS changes (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      run_id INTEGER NOT NULL REFERENCES runs(id),
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      origin INTEGER REFERENCES changes(id),
      method TEXT NOT NULL,
      cluster TEXT NOT NULL,
      namespace TEXT NOT NULL,
      workload_kind TEXT NOT NULL,
      workload TEXT NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS container_values (
      change_id INTEGER NOT NULL REFERENCES changes(id),
      container_position INTEGER NOT NULL,
      container TEXT NOT NULL,
      side TEXT NOT NULL CHECK (side IN ('before', 'after')),
      section TEXT NOT NULL CHECK (section IN ('requests', 'limits')),
      resource TEXT NOT NULL,
      quantity TEXT NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS container_names (
      change_id INTEGER NOT NULL REFERENCES changes(id),
      container_position INTEGER NOT NULL,
      container TEXT NOT NULL,
      PRIMARY KEY (change_id, container_position))""",
    """
    CREATE TABLE IF NOT EXISTS events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      change_id INTEGER NOT NULL REFERENCES changes(id),
      state TEXT NOT NULL,
      at TEXT NOT NULL,
      detail TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS changes_by_run ON changes(run_id, position)",
    "CREATE INDEX IF NOT EXISTS events_by_change ON events(change_id, id)",
    "CREATE INDEX IF NOT EXISTS values_by_change ON container_values(change_id)"
  };

  /** One step of the schema, from the version before it to its own. */
  record Migration(int version, String what, List<String> statements) {}

  /**
   * Version 1 is the schema as first shipped; audit logs written before versions existed hold it
   * with {@code user_version} 0 and are stamped 1 without another change. A later version appends a
   * step here and never edits an earlier one.
   */
  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(1, "runs, changes, container values and states", List.of(TABLES)),
          new Migration(2, "pipeline triggers", List.of(TriggerTable.CREATE)));

  static final int CURRENT = MIGRATIONS.getLast().version();

  private Schema() {}

  /**
   * Brings the file to {@link #CURRENT}: each missing step in a transaction of its own, with the
   * version ({@code PRAGMA user_version}) raised in it, so a kill leaves the file at a version it
   * fully holds. A file of a newer version is refused: this Fleetscope would not understand it.
   */
  static void migrate(Connection connection, Path file) throws SQLException {
    migrate(connection, file, MIGRATIONS);
  }

  static void migrate(Connection connection, Path file, List<Migration> steps) throws SQLException {
    int current = steps.getLast().version();
    int found = version(connection);
    if (found > current) {
      throw new AuditStoreException(
          "the audit log "
              + file
              + " has schema version "
              + found
              + ", newer than version "
              + current
              + " that this Fleetscope reads; it was written by a newer Fleetscope: update"
              + " Fleetscope, or give this one another data directory",
          null);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (Migration step : steps) {
        if (step.version() <= found) {
          continue;
        }
        for (String statement : step.statements()) {
          s.execute(statement);
        }
        s.execute("PRAGMA user_version = " + step.version());
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  static int version(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
