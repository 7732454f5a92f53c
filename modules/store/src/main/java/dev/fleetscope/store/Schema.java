package dev.fleetscope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The audit log's tables: runs, their changes, each change's exact before/after values and its
 * states; and the pipeline triggers.
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
    "CREATE INDEX IF NOT EXISTS values_by_change ON container_values(change_id)",
    // Added with pipeline triggers: a new table, so a log written before it opens unchanged.
    TriggerTable.CREATE
  };

  private Schema() {}

  static void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        s.execute(table);
      }
    }
  }
}
