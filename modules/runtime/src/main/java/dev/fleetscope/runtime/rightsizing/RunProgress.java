package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.apply.ApplyEvent;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run as its progress bars show it, rebuilt from the executor's events: one bar per batch in
 * which every change counts twice, once when the server accepts it and once when it settles (rolled
 * out, failed or never sent); the pause before the next batch; a log of what happened; and the
 * outcome once the run has ended.
 */
public record RunProgress(
    String description,
    long runId,
    List<Batch> batches,
    Optional<String> pausing,
    List<String> log,
    Optional<RunOutcome.Kind> outcome,
    String detail) {
  private static final int LOG_LINES = 200;

  public RunProgress {
    batches = List.copyOf(batches);
    log = List.copyOf(log);
  }

  /**
   * One batch: its changes (known once it starts), those the server was sent, and how they settled.
   *
   * @param failed changes that settled without their new values rolled out (refused, failed, never
   *     sent, drifted)
   */
  public record Batch(int number, List<Long> changes, List<Long> sent, int rolledOut, int failed) {
    public Batch {
      changes = List.copyOf(changes);
      sent = List.copyOf(sent);
    }

    public boolean started() {
      return !changes.isEmpty();
    }

    public int settled() {
      return rolledOut + failed;
    }

    public double fraction() {
      return changes.isEmpty() ? 0 : (sent.size() + settled()) / (2.0 * changes.size());
    }

    /**
     * Marks the change sent; a change settling unsent (refused at once, never sent) counts as sent
     * too.
     */
    Batch on(long change, boolean settle, boolean rolledOutNow) {
      List<Long> nowSent = new ArrayList<>(sent);
      if (!nowSent.contains(change)) {
        nowSent.add(change);
      }
      return settle
          ? new Batch(
              number,
              changes,
              nowSent,
              rolledOut + (rolledOutNow ? 1 : 0),
              failed + (rolledOutNow ? 0 : 1))
          : new Batch(number, changes, nowSent, rolledOut, failed);
    }
  }

  /** {@code Batch 2 of 3: 1 sent, 3 of 5 rolled out, 1 failed or not sent}. */
  public String label(Batch b) {
    String head = "Batch " + b.number() + " of " + batches.size() + ": ";
    if (!b.started()) {
      return head + (ended() ? "not sent" : "waiting");
    }
    int inFlight = b.sent().size() - b.settled();
    return head
        + (inFlight > 0 ? inFlight + " sent, " : "")
        + b.rolledOut()
        + " of "
        + b.changes().size()
        + " rolled out"
        + (b.failed() > 0 ? ", " + b.failed() + " failed or not sent" : "");
  }

  public static RunProgress starting(String description) {
    return new RunProgress(
        description, 0, List.of(), Optional.empty(), List.of(), Optional.empty(), "");
  }

  public boolean ended() {
    return outcome.isPresent();
  }

  /** The progress after one more event. */
  public RunProgress on(ApplyEvent event) {
    return switch (event) {
      case ApplyEvent.RunStarted s ->
          new RunProgress(
              description,
              s.run().id(),
              waiting(s.batches()),
              pausing,
              append(
                  "run "
                      + s.run().id()
                      + ": "
                      + s.run().changes().size()
                      + " change(s) in "
                      + s.batches()
                      + " batch(es)"),
              outcome,
              detail);
      case ApplyEvent.BatchStarted b ->
          new RunProgress(
              description,
              runId,
              started(b),
              Optional.empty(),
              append(
                  "batch "
                      + b.batch()
                      + " of "
                      + b.batches()
                      + ": "
                      + b.changes().size()
                      + " workload(s)"),
              outcome,
              detail);
      case ApplyEvent.Sending s ->
          log("change " + s.change().id() + ": sending " + s.change().change().workload());
      case ApplyEvent.Sent s -> withBatchOf(s.change().id(), false, false, null);
      case ApplyEvent.ChangeFinished f -> finished(f);
      case ApplyEvent.Pausing p ->
          new RunProgress(
              description,
              runId,
              batches,
              Optional.of("pausing " + p.pause().toSeconds() + " s before the next batch"),
              log,
              outcome,
              detail);
      case ApplyEvent.RunEnded e ->
          new RunProgress(
              description,
              runId,
              batches,
              Optional.empty(),
              append("run " + e.runId() + " " + e.outcome() + ": " + e.detail()),
              Optional.of(e.outcome()),
              e.detail());
    };
  }

  private RunProgress finished(ApplyEvent.ChangeFinished f) {
    String line = "change " + f.changeId() + ": " + f.state() + " (" + f.detail() + ")";
    if (!f.state().finished()) {
      return log(line);
    }
    return withBatchOf(f.changeId(), true, f.state() == ChangeState.ROLLED_OUT, line);
  }

  private RunProgress withBatchOf(long changeId, boolean settle, boolean rolledOut, String line) {
    List<Batch> updated = new ArrayList<>(batches);
    for (int i = 0; i < updated.size(); i++) {
      if (updated.get(i).changes().contains(changeId)) {
        updated.set(i, updated.get(i).on(changeId, settle, rolledOut));
      }
    }
    return new RunProgress(
        description, runId, updated, pausing, line == null ? log : append(line), outcome, detail);
  }

  private List<Batch> waiting(int count) {
    List<Batch> waiting = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      waiting.add(new Batch(i, List.of(), List.of(), 0, 0));
    }
    return waiting;
  }

  private List<Batch> started(ApplyEvent.BatchStarted b) {
    List<Batch> updated = new ArrayList<>(batches);
    List<Long> ids = b.changes().stream().map(ChangeRecord::id).toList();
    updated.set(b.batch() - 1, new Batch(b.batch(), ids, List.of(), 0, 0));
    return updated;
  }

  private RunProgress log(String line) {
    return new RunProgress(description, runId, batches, pausing, append(line), outcome, detail);
  }

  private List<String> append(String line) {
    List<String> lines = new ArrayList<>(log.size() < LOG_LINES ? log : log.subList(1, log.size()));
    lines.add(line);
    return lines;
  }
}
