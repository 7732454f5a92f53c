package dev.fleetscope.apply;

import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a run's changes in batches, each change's intent on disk before it is sent and its outcome
 * after, and stops at the first change the server refuses or whose rollout fails: the rest stay
 * unsent, recorded as such. Applies, resumptions and rollbacks all run through here, so all are
 * audited alike.
 */
public final class RunExecutor {
  private final ClusterWriter writer;
  private final AuditLog audit;
  private final ApplyOptions options;

  public RunExecutor(ClusterWriter writer, AuditLog audit, ApplyOptions options) {
    this.writer = writer;
    this.audit = audit;
    this.options = options;
  }

  /**
   * Runs the changes on the calling thread and returns the run as the audit log holds it at the
   * end.
   */
  public RunRecord execute(
      String description, List<PlannedChange> planned, ApplyListener listener, RunControl control) {
    RunRecord run = audit.startRun(description, planned);
    List<List<ChangeRecord>> batches = batches(run.changes());
    listener.on(new ApplyEvent.RunStarted(run, batches.size()));
    String stop = null;
    RunOutcome.Kind ending = RunOutcome.Kind.COMPLETED;
    for (int b = 0; b < batches.size() && stop == null; b++) {
      if (b > 0 && options.pause().isPositive()) {
        listener.on(new ApplyEvent.Pausing(options.pause()));
        if (pause(control)) {
          stop = "cancelled";
          ending = RunOutcome.Kind.CANCELLED;
          break;
        }
      }
      if (control.cancelled()) {
        stop = "cancelled";
        ending = RunOutcome.Kind.CANCELLED;
        break;
      }
      listener.on(new ApplyEvent.BatchStarted(b + 1, batches.size(), batches.get(b)));
      stop = runBatch(batches.get(b), listener, control);
      if (stop != null) {
        ending = control.cancelled() ? RunOutcome.Kind.CANCELLED : RunOutcome.Kind.STOPPED;
      }
    }
    String detail = stop == null ? "every change rolled out" : stop;
    notSent(run.id(), stop, listener);
    audit.endRun(run.id(), ending, detail);
    listener.on(new ApplyEvent.RunEnded(run.id(), ending, detail));
    return audit.run(run.id()).orElseThrow();
  }

  /** Sends one batch, then awaits its rollouts; returns why the run must stop, or null to go on. */
  private String runBatch(List<ChangeRecord> batch, ApplyListener listener, RunControl control) {
    List<ChangeRecord> sent = new ArrayList<>();
    String stop = null;
    for (ChangeRecord change : batch) {
      if (control.cancelled()) {
        stop = "cancelled";
        break;
      }
      record(
          change.id(),
          ChangeState.SENDING,
          "sending to " + change.change().workload().cluster(),
          listener,
          false);
      listener.on(new ApplyEvent.Sending(change));
      try {
        writer.apply(change.change(), change.method());
      } catch (ClusterWriteException e) {
        record(change.id(), ChangeState.FAILED, e.reason() + ": " + e.getMessage(), listener, true);
        stop = "stopped: " + change.change().workload() + " was refused: " + e.getMessage();
        break;
      }
      listener.on(new ApplyEvent.Sent(change));
      record(change.id(), ChangeState.APPLIED, "accepted by the server", listener, true);
      sent.add(change);
    }
    for (ChangeRecord change : sent) {
      String failure = awaitRollout(change, listener, control);
      if (failure != null && stop == null) {
        stop = failure;
      }
    }
    return stop;
  }

  private String awaitRollout(ChangeRecord change, ApplyListener listener, RunControl control) {
    RolloutState state;
    control.waiting(true);
    try {
      state = writer.rollout(change.change(), change.method(), options.rolloutTimeout());
    } catch (InterruptedException e) {
      return "cancelled while "
          + change.change().workload()
          + " was rolling out (it goes on in the cluster)";
    } catch (ClusterWriteException e) {
      state = new RolloutState.Failed("cannot follow the rollout: " + e.getMessage());
    } finally {
      control.waiting(false);
    }
    return switch (state) {
      case RolloutState.Complete c -> {
        record(change.id(), ChangeState.ROLLED_OUT, "rolled out", listener, true);
        yield null;
      }
      case RolloutState.Failed f -> {
        record(change.id(), ChangeState.FAILED, "rollout failed: " + f.reason(), listener, true);
        yield "stopped: the rollout of " + change.change().workload() + " failed: " + f.reason();
      }
      case RolloutState.Progressing p -> {
        String why =
            "rollout not finished after "
                + options.rolloutTimeout().toSeconds()
                + " s: "
                + p.detail();
        record(change.id(), ChangeState.FAILED, why, listener, true);
        yield "stopped: " + change.change().workload() + ": " + why;
      }
    };
  }

  private void notSent(long runId, String stop, ApplyListener listener) {
    for (ChangeRecord change : audit.run(runId).orElseThrow().changes()) {
      if (change.state() == ChangeState.PLANNED) {
        record(change.id(), ChangeState.NOT_APPLIED, "not sent: " + stop, listener, true);
      }
    }
  }

  private void record(
      long id, ChangeState state, String detail, ApplyListener listener, boolean announce) {
    audit.record(id, state, detail);
    if (announce) {
      listener.on(new ApplyEvent.ChangeFinished(id, state, detail));
    }
  }

  private boolean pause(RunControl control) {
    try {
      return control.pause(options.pause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private List<List<ChangeRecord>> batches(List<ChangeRecord> changes) {
    List<List<ChangeRecord>> batches = new ArrayList<>();
    for (int i = 0; i < changes.size(); i += options.batchSize()) {
      batches.add(changes.subList(i, Math.min(changes.size(), i + options.batchSize())));
    }
    return batches;
  }
}
