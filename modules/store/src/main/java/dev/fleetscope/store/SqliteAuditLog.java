package dev.fleetscope.store;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerIntent;
import dev.fleetscope.model.trigger.TriggerLog;
import dev.fleetscope.model.trigger.TriggerRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log in an SQLite file, in WAL mode with {@code synchronous=FULL}: a write returns only
 * once it is durable, so an intent is on disk before its change (or pipeline trigger) is sent.
 * Appends only: a change's states are rows, never updated, so a kill between two writes leaves
 * every earlier state intact. One connection, used under a lock.
 */
public final class SqliteAuditLog implements AuditLog, TriggerLog {
  public static final String FILE_NAME = "audit.db";

  private final Connection connection;
  private final Clock clock;
  private final Path file;

  private SqliteAuditLog(Path file, Connection connection, Clock clock) {
    this.file = file;
    this.connection = connection;
    this.clock = clock;
  }

  public static SqliteAuditLog open(Path file, Clock clock) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
        Schema.migrate(connection, file);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
      return new SqliteAuditLog(file, connection, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the folder of the audit log " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new AuditStoreException("cannot open the audit log " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized RunRecord startRun(String description, List<PlannedChange> changes) {
    return inTransaction(
            () -> {
              long runId;
              try (PreparedStatement run =
                  connection.prepareStatement(
                      "INSERT INTO runs(started_at, description) VALUES (?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                run.setString(1, now());
                run.setString(2, description);
                run.executeUpdate();
                runId = generatedKey(run);
              }
              for (int i = 0; i < changes.size(); i++) {
                long changeId = ChangeRows.insert(connection, runId, i, changes.get(i));
                insertEvent(
                    changeId,
                    ChangeState.PLANNED,
                    "planned with the values the cluster held at the preview");
              }
              return runId;
            })
        .map(id -> run(id).orElseThrow())
        .orElseThrow();
  }

  @Override
  public synchronized void record(long changeId, ChangeState state, String detail) {
    inTransaction(
        () -> {
          insertEvent(changeId, state, detail);
          return 0L;
        });
  }

  @Override
  public synchronized void endRun(long runId, RunOutcome.Kind outcome, String detail) {
    inTransaction(
        () -> {
          try (PreparedStatement end =
              connection.prepareStatement(
                  "UPDATE runs SET outcome = ?, ended_at = ?, outcome_detail = ? WHERE id = ? AND outcome IS NULL")) {
            end.setString(1, outcome.name());
            end.setString(2, now());
            end.setString(3, detail);
            end.setLong(4, runId);
            if (end.executeUpdate() != 1) {
              throw new SQLException("run " + runId + " does not exist or has already ended");
            }
          }
          return 0L;
        });
  }

  @Override
  public synchronized List<RunRecord> runs() {
    return query("SELECT id FROM runs ORDER BY id DESC", s -> {}, rs -> rs.getLong(1)).stream()
        .map(id -> run(id).orElseThrow())
        .toList();
  }

  @Override
  public synchronized Optional<RunRecord> run(long runId) {
    List<RunRecord> found =
        query(
            "SELECT id, started_at, description, outcome, ended_at, outcome_detail FROM runs WHERE id = ?",
            s -> s.setLong(1, runId),
            rs -> {
              Optional<RunOutcome> outcome =
                  rs.getString(4) == null
                      ? Optional.empty()
                      : Optional.of(
                          new RunOutcome(
                              RunOutcome.Kind.valueOf(rs.getString(4)),
                              Instant.parse(rs.getString(5)),
                              rs.getString(6)));
              return new RunRecord(
                  rs.getLong(1),
                  Instant.parse(rs.getString(2)),
                  rs.getString(3),
                  outcome,
                  List.of());
            });
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RunRecord run = found.getFirst();
    List<ChangeRecord> changes =
        query(
                "SELECT id FROM changes WHERE run_id = ? ORDER BY position",
                s -> s.setLong(1, runId),
                rs -> rs.getLong(1))
            .stream()
            .map(id -> change(id).orElseThrow())
            .toList();
    return Optional.of(
        new RunRecord(run.id(), run.startedAt(), run.description(), run.outcome(), changes));
  }

  @Override
  public synchronized Optional<ChangeRecord> change(long changeId) {
    List<ChangeEvent> history =
        query(
            "SELECT state, at, detail FROM events WHERE change_id = ? ORDER BY id",
            s -> s.setLong(1, changeId),
            rs ->
                new ChangeEvent(
                    ChangeState.valueOf(rs.getString(1)),
                    Instant.parse(rs.getString(2)),
                    rs.getString(3)));
    List<ChangeRecord> found =
        query(
            "SELECT id, run_id, kind, origin, method, cluster, namespace, workload_kind, workload FROM changes WHERE id = ?",
            s -> s.setLong(1, changeId),
            rs -> {
              long origin = rs.getLong(4);
              Optional<Long> originId = rs.wasNull() ? Optional.empty() : Optional.of(origin);
              WorkloadRef ref =
                  new WorkloadRef(
                      rs.getString(6),
                      rs.getString(7),
                      WorkloadKind.valueOf(rs.getString(8)),
                      rs.getString(9));
              return new ChangeRecord(
                  rs.getLong(1),
                  rs.getLong(2),
                  ChangeKind.valueOf(rs.getString(3)),
                  originId,
                  ApplyMethod.valueOf(rs.getString(5)),
                  ChangeRows.read(connection, changeId, ref),
                  history);
            });
    return found.stream().findFirst();
  }

  @Override
  public synchronized TriggerRecord recordIntent(TriggerIntent intent) {
    long id =
        inTransaction(() -> TriggerTable.insert(connection, clock.instant(), intent)).orElseThrow();
    return trigger(id).orElseThrow();
  }

  @Override
  public synchronized void recordAnswer(long triggerId, TriggerAnswer answer) {
    inTransaction(
        () -> {
          TriggerTable.answer(connection, triggerId, answer);
          return 0L;
        });
  }

  @Override
  public synchronized List<TriggerRecord> triggers() {
    return readTriggers(Optional.empty());
  }

  @Override
  public synchronized Optional<TriggerRecord> trigger(long triggerId) {
    return readTriggers(Optional.of(triggerId)).stream().findFirst();
  }

  private List<TriggerRecord> readTriggers(Optional<Long> id) {
    try {
      return TriggerTable.read(connection, id);
    } catch (SQLException e) {
      throw new AuditStoreException("cannot read the audit log " + file + ": " + e.getMessage(), e);
    }
  }

  /** A pragma's value on the log's own connection (synchronous is per connection). */
  synchronized String pragma(String name) {
    return query("PRAGMA " + name, st -> {}, rs -> rs.getString(1)).getFirst();
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new AuditStoreException(
          "cannot close the audit log " + file + ": " + e.getMessage(), e);
    }
  }

  private void insertEvent(long changeId, ChangeState state, String detail) throws SQLException {
    try (PreparedStatement event =
        connection.prepareStatement(
            "INSERT INTO events(change_id, state, at, detail) VALUES (?, ?, ?, ?)")) {
      event.setLong(1, changeId);
      event.setString(2, state.name());
      event.setString(3, now());
      event.setString(4, detail);
      event.executeUpdate();
    }
  }

  private String now() {
    return clock.instant().toString();
  }

  static long generatedKey(PreparedStatement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private interface SqlWork {
    long run() throws SQLException;
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Optional<Long> inTransaction(SqlWork work) {
    try {
      connection.setAutoCommit(false);
      try {
        long result = work.run();
        connection.commit();
        return Optional.of(result);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new AuditStoreException(
          "cannot write the audit log " + file + ": " + e.getMessage(), e);
    }
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new AuditStoreException("cannot read the audit log " + file + ": " + e.getMessage(), e);
    }
  }
}
