package dev.fleetscope.store;

import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerIntent;
import dev.fleetscope.model.trigger.TriggerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline triggers of the audit log: a table of its own beside the apply runs, so the runs'
 * tables are as they were. One row per trigger, its answer written once.
 */
final class TriggerTable {
  static final String CREATE =
      """
      CREATE TABLE IF NOT EXISTS pipeline_triggers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        requested_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        target TEXT NOT NULL,
        request TEXT NOT NULL,
        reason TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('STARTED', 'REFUSED', 'FAILED')),
        answered_at TEXT,
        answer TEXT,
        run_id TEXT)""";

  private static final String COLUMNS =
      "id, requested_at, actor, target, request, reason, outcome, answered_at, answer, run_id";

  private TriggerTable() {}

  static long insert(Connection connection, Instant at, TriggerIntent intent) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO pipeline_triggers(requested_at, actor, target, request, reason)"
                + " VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, at.toString());
      insert.setString(2, intent.actor());
      insert.setString(3, intent.target());
      insert.setString(4, intent.request());
      insert.setString(5, intent.reason());
      insert.executeUpdate();
      return SqliteAuditLog.generatedKey(insert);
    }
  }

  static void answer(Connection connection, long id, TriggerAnswer answer) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE pipeline_triggers SET outcome = ?, answered_at = ?, answer = ?, run_id = ?"
                + " WHERE id = ? AND outcome IS NULL")) {
      update.setString(1, answer.outcome().name());
      update.setString(2, answer.at().toString());
      update.setString(3, answer.detail());
      update.setString(4, answer.runId().orElse(null));
      update.setLong(5, id);
      if (update.executeUpdate() != 1) {
        throw new SQLException("trigger " + id + " does not exist or has already been answered");
      }
    }
  }

  /** Every trigger newest first, or the one with {@code id}. */
  static List<TriggerRecord> read(Connection connection, Optional<Long> id) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM pipeline_triggers"
            + (id.isPresent() ? " WHERE id = ?" : "")
            + " ORDER BY id DESC";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (id.isPresent()) {
        select.setLong(1, id.get());
      }
      List<TriggerRecord> records = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          records.add(record(rs));
        }
      }
      return records;
    }
  }

  private static TriggerRecord record(ResultSet rs) throws SQLException {
    Optional<TriggerAnswer> answer =
        rs.getString(7) == null
            ? Optional.empty()
            : Optional.of(
                new TriggerAnswer(
                    TriggerAnswer.Outcome.valueOf(rs.getString(7)),
                    Instant.parse(rs.getString(8)),
                    rs.getString(9),
                    Optional.ofNullable(rs.getString(10))));
    return new TriggerRecord(
        rs.getLong(1),
        Instant.parse(rs.getString(2)),
        new TriggerIntent(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
        answer);
  }
}
