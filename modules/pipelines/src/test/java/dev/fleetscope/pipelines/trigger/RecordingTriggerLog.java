package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerIntent;
import dev.fleetscope.model.trigger.TriggerLog;
import dev.fleetscope.model.trigger.TriggerRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An audit log in memory: the store's SQLite one is tested in the store module. */
final class RecordingTriggerLog implements TriggerLog {
  private final List<TriggerRecord> records = new ArrayList<>();
  private final Clock clock;

  RecordingTriggerLog(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized TriggerRecord recordIntent(TriggerIntent intent) {
    TriggerRecord record =
        new TriggerRecord(records.size() + 1, clock.instant(), intent, Optional.empty());
    records.add(record);
    return record;
  }

  @Override
  public synchronized void recordAnswer(long triggerId, TriggerAnswer answer) {
    TriggerRecord record = records.get((int) triggerId - 1);
    if (record.answered()) {
      throw new IllegalStateException("trigger " + triggerId + " is answered already");
    }
    records.set(
        (int) triggerId - 1,
        new TriggerRecord(record.id(), record.requestedAt(), record.intent(), Optional.of(answer)));
  }

  @Override
  public synchronized List<TriggerRecord> triggers() {
    return List.copyOf(records.reversed());
  }

  @Override
  public synchronized Optional<TriggerRecord> trigger(long triggerId) {
    return triggerId >= 1 && triggerId <= records.size()
        ? Optional.of(records.get((int) triggerId - 1))
        : Optional.empty();
  }
}
