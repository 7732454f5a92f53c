package dev.fleetscope.runtime.retrain;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.runtime.connections.PipelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a drifting model's retraining by itself, for the models whose plan turns it on ({@link
 * RetrainPlan#autoCoolDown()}, off unless the user turned it on): when the model's drift alert
 * fires, at most once per cool-down, counted from the model's last start (by hand in this session,
 * or by a rule as the audit log shows, so a restart does not start it again). Recorded as {@code
 * rule:<rule> for <model>}. Only a desktop session wires it: read-only and wall sessions start
 * nothing.
 */
public final class AutoRetrain implements Consumer<AlertState>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AutoRetrain.class);

  private final Supplier<Retraining> retraining;
  private final Supplier<List<PipelineEntry>> sources;
  private final Clock clock;

  /** By model: the last start asked for that did not start (a failing server waits too). */
  private final Map<String, Instant> failed = new ConcurrentHashMap<>();

  private final AtomicReference<List<Alert>> pending = new AtomicReference<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("auto-retrain").factory());

  /**
   * @param retraining asked for at the first start due, off the caller's thread
   * @param sources the saved pipeline sources now
   */
  public AutoRetrain(
      Supplier<Retraining> retraining, Supplier<List<PipelineEntry>> sources, Clock clock) {
    this.retraining = retraining;
    this.sources = sources;
    this.clock = clock;
  }

  /** From the alerts thread: hands the firing drift alerts to a thread of its own. */
  @Override
  public void accept(AlertState state) {
    List<Alert> drifting = drifting(state);
    if (!drifting.isEmpty() && pending.getAndSet(drifting) == null) {
      worker.execute(this::startPending);
    }
  }

  private void startPending() {
    try {
      startDue(pending.getAndSet(null));
    } catch (RuntimeException e) {
      // one bad pass (an unreadable audit log) must not end automatic retraining
      LOG.warn("Automatic retraining could not run this time", e);
    }
  }

  /** Starts what is due; on the caller's thread. The outcome of each run asked for, by model. */
  public Map<String, TriggerOutcome> startDue(List<Alert> drifting) {
    Map<String, TriggerOutcome> started = new LinkedHashMap<>();
    Map<String, RetrainPlan> plans = retraining.get().plans();
    for (Alert alert : drifting) {
      DriftResult drift = (DriftResult) alert.evidence();
      RetrainPlan plan = plans.get(drift.model());
      if (plan == null || plan.autoCoolDown().isEmpty() || !due(plan)) {
        continue;
      }
      Optional<PipelineEntry> source =
          sources.get().stream().filter(e -> e.id().equals(plan.source())).findFirst();
      if (source.isEmpty()) {
        LOG.warn(
            "Not retraining {}: its pipeline source {} is no longer saved",
            plan.model(),
            plan.source());
        continue;
      }
      TriggerOutcome outcome =
          retraining
              .get()
              .start(
                  source.get(),
                  plan,
                  RetrainReasons.of(drift, alert.summary()),
                  Retraining.ruleActor(alert.ruleId(), plan.model()));
      if (!(outcome instanceof TriggerOutcome.Started)) {
        failed.put(plan.model(), clock.instant());
      }
      LOG.info("Automatic retraining of {}: {}", plan.model(), outcome.message());
      started.put(plan.model(), outcome);
    }
    return started;
  }

  private boolean due(RetrainPlan plan) {
    Optional<Instant> last =
        retraining
            .get()
            .lastStart(plan.model())
            .map(started -> latest(started, failed.get(plan.model())))
            .or(() -> Optional.ofNullable(failed.get(plan.model())));
    return last.isEmpty() || !clock.instant().isBefore(last.get().plus(plan.autoCoolDown().get()));
  }

  private static Instant latest(Instant a, Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  private static List<Alert> drifting(AlertState state) {
    return state.firing().stream().filter(a -> a.evidence() instanceof DriftResult).toList();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
