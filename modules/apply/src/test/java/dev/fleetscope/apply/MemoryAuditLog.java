package dev.fleetscope.apply;

import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log in memory, for tests of the orchestration; the store module keeps the durable one.
 */
final class MemoryAuditLog implements AuditLog {
  private final Map<Long, RunRecord> runs = new LinkedHashMap<>();
  private final Map<Long, ChangeRecord> changes = new LinkedHashMap<>();
  private final Map<Long, List<Long>> runChanges = new LinkedHashMap<>();
  private long nextRun = 1;
  private long nextChange = 1;

  @Override
  public RunRecord startRun(String description, List<PlannedChange> planned) {
    long runId = nextRun++;
    List<Long> ids = new ArrayList<>();
    for (PlannedChange p : planned) {
      long id = nextChange++;
      changes.put(
          id,
          new ChangeRecord(
              id,
              runId,
              p.kind(),
              p.origin(),
              p.method(),
              p.change(),
              List.of(new ChangeEvent(ChangeState.PLANNED, Instant.EPOCH, "planned"))));
      ids.add(id);
    }
    runChanges.put(runId, ids);
    runs.put(runId, new RunRecord(runId, Instant.EPOCH, description, Optional.empty(), List.of()));
    return run(runId).orElseThrow();
  }

  @Override
  public void record(long changeId, ChangeState state, String detail) {
    ChangeRecord c = changes.get(changeId);
    List<ChangeEvent> history = new ArrayList<>(c.history());
    history.add(new ChangeEvent(state, Instant.EPOCH, detail));
    changes.put(
        changeId,
        new ChangeRecord(c.id(), c.runId(), c.kind(), c.origin(), c.method(), c.change(), history));
  }

  @Override
  public void endRun(long runId, RunOutcome.Kind outcome, String detail) {
    RunRecord r = runs.get(runId);
    runs.put(
        runId,
        new RunRecord(
            r.id(),
            r.startedAt(),
            r.description(),
            Optional.of(new RunOutcome(outcome, Instant.EPOCH, detail)),
            List.of()));
  }

  @Override
  public List<RunRecord> runs() {
    return runs.keySet().stream()
        .sorted(Comparator.reverseOrder())
        .map(id -> run(id).orElseThrow())
        .toList();
  }

  @Override
  public Optional<RunRecord> run(long runId) {
    RunRecord r = runs.get(runId);
    return r == null
        ? Optional.empty()
        : Optional.of(
            new RunRecord(
                r.id(),
                r.startedAt(),
                r.description(),
                r.outcome(),
                runChanges.get(runId).stream().map(changes::get).toList()));
  }

  @Override
  public Optional<ChangeRecord> change(long changeId) {
    return Optional.ofNullable(changes.get(changeId));
  }
}
