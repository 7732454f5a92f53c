package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.AlertEngine;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.ThrottlingReading;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges what the console already has by the alert rules, on a schedule of its own off the FX
 * thread: the fleet snapshot (OOM kills, idle GPUs, its sources), the pipeline board (runs and
 * their usual durations, its sources), the Drift view's outcomes and the Cost view's bill. Each
 * group counts from when it is first handed in; until then its alerts stay as they were. Every
 * evaluation goes to the listeners, and what fired or resolved to the delivery. A drift scan or
 * bill that differs from the last, which arrive seldom and late, is judged at once rather than at
 * the next tick.
 *
 * <p>Inputs may be handed in from any thread; {@link #evaluate()} runs on the caller's thread, so
 * tests drive it with their own clock.
 */
public final class AlertsService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);

  private final AlertEngine engine;
  private final Clock clock;
  private final Consumer<AlertState> delivery;
  private final List<Consumer<AlertState>> listeners = new CopyOnWriteArrayList<>();
  private volatile ScheduledExecutorService schedule;
  private final AtomicReference<AlertInputs> given = new AtomicReference<>(AlertInputs.none());
  private volatile Optional<FleetSnapshot> fleet = Optional.empty();
  private volatile Optional<PipelineBoard> board = Optional.empty();
  private volatile List<WorkloadPlacement> placements = List.of();

  /**
   * @param delivery handed each evaluation's state, to notify of what fired and resolved
   */
  public AlertsService(List<AlertRule> rules, Clock clock, Consumer<AlertState> delivery) {
    this.engine = new AlertEngine(rules);
    this.clock = clock;
    this.delivery = delivery;
  }

  public void fleet(FleetSnapshot snapshot) {
    fleet = Optional.of(snapshot);
  }

  /** The pipeline board, and where each pipeline's pods run (for rules scoped by place). */
  public void pipelines(PipelineBoard latest, List<WorkloadPlacement> where) {
    placements = List.copyOf(where);
    board = Optional.of(latest);
  }

  public void drift(List<DriftResult> results) {
    AlertInputs before = given.getAndUpdate(inputs -> inputs.withDrift(results));
    if (!before.drift().equals(Optional.of(results))) {
      evaluateSoon();
    }
  }

  /** The bill's days; handed in again with every change of the Cost view, judged when new. */
  public void cost(List<CostVsForecast> days) {
    AlertInputs before = given.getAndUpdate(inputs -> inputs.withCost(days));
    if (!before.cost().equals(Optional.of(days))) {
      evaluateSoon();
    }
  }

  public void throttling(List<ThrottlingReading> readings) {
    given.updateAndGet(inputs -> inputs.withThrottling(readings));
  }

  /** Replaces the rules; alerts of kept rule ids carry on, the others resolve next time. */
  public void rules(List<AlertRule> rules) {
    engine.rules(rules);
  }

  public List<AlertRule> rules() {
    return engine.rules();
  }

  public AlertState state() {
    return engine.state();
  }

  /** Called with every evaluation's state, on the evaluating thread. */
  public void subscribe(Consumer<AlertState> listener) {
    listeners.add(listener);
  }

  /** What is evaluated now: the groups handed in so far, the runs joined to the fleet. */
  public AlertInputs inputs() {
    AlertInputs inputs = given.get();
    Optional<FleetSnapshot> snapshot = fleet;
    Optional<PipelineBoard> pipelines = board;
    if (snapshot.isPresent()) {
      inputs = inputs.withFleet(snapshot.get());
    }
    if (pipelines.isPresent()) {
      inputs = inputs.withRuns(PipelineFacts.of(pipelines.get().runs(), placements, snapshot));
    }
    if (snapshot.isPresent() || pipelines.isPresent()) {
      inputs =
          inputs.withSources(
              Stream.concat(
                      snapshot.stream().flatMap(s -> s.sources().stream()),
                      pipelines.stream().flatMap(b -> b.sources().stream()))
                  .toList());
    }
    return inputs;
  }

  /** Evaluates the rules now, on this thread; delivers and publishes the state. */
  public AlertState evaluate() {
    AlertState state = engine.evaluate(inputs(), clock.instant());
    delivery.accept(state);
    listeners.forEach(l -> l.accept(state));
    return state;
  }

  /** Evaluates every {@code every} on a thread of its own, the first time at once. */
  public synchronized void start(Duration every) {
    if (schedule != null) {
      return;
    }
    schedule =
        Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("alerts").factory());
    schedule.scheduleWithFixedDelay(
        this::evaluateLogged, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Once started, an evaluation on the schedule's thread now, between its ticks. */
  private void evaluateSoon() {
    ScheduledExecutorService running = schedule;
    if (running == null) {
      return;
    }
    try {
      running.execute(this::evaluateLogged);
    } catch (RejectedExecutionException closed) {
      // closing: nothing is judged any more
    }
  }

  private void evaluateLogged() {
    try {
      evaluate();
    } catch (RuntimeException e) {
      // one bad evaluation must not end the schedule: the next one sees fresher inputs
      LOG.warn("Evaluating the alert rules failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (schedule != null) {
      schedule.shutdownNow();
    }
  }
}
