package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.console.recommendations.Computation.Phase;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.rightsizing.OutOfSample;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.RecommendationsResult;
import dev.fleetscope.runtime.rightsizing.Recommender;
import dev.fleetscope.runtime.rightsizing.StrategyChoice;
import dev.fleetscope.runtime.serving.LatencyCheck;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Recommendations for the whole fleet, recomputed off the FX thread when the strategy or budget
 * changes, when the fleet's requests and limits change (an apply, a rollback) and every ten minutes
 * while the view is in use. A newer computation cancels the one under way at its next container.
 * Nothing runs before the view is first shown, so the console's start pays nothing for it.
 */
public final class RecommendationsViewModel implements AutoCloseable {
  private static final Duration REFRESH = Duration.ofMinutes(10);

  private final RightsizingObserver observer;
  private final Optional<LatencyCheck> latencyCheck;

  /** The latency check's thread: a serving source (a Prometheus) may be slow to read. */
  private final CoalescingWorker serving = new CoalescingWorker("recommendations-latency");

  private final ReadOnlyObjectWrapper<Optional<LatencyNote>> latency =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final Consumer<Optional<LatencyNote>> latencyToFx = new FxLatest<>(latency::set);

  /** The engine's thread: one computation at a time. */
  private final CoalescingWorker engine = new CoalescingWorker("recommend");

  /** Filtering and the chart: quick work that must not wait behind a computation. */
  private final CoalescingWorker light = new CoalescingWorker("recommendations");

  private final ReadOnlyObjectWrapper<RecommendationsResult> result =
      new ReadOnlyObjectWrapper<>(RecommendationsResult.EMPTY);
  private final ReadOnlyObjectWrapper<Computation> computation =
      new ReadOnlyObjectWrapper<>(Computation.IDLE);
  private final ReadOnlyObjectWrapper<Optional<ProposalChart>> chart =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ObjectProperty<StrategyChoice> choice =
      new SimpleObjectProperty<>(StrategyChoice.DEFAULT);
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObjectProperty<RecommendationRow> selected = new SimpleObjectProperty<>();
  private final Consumer<RecommendationsResult> resultToFx = new FxLatest<>(result::set);
  private final Consumer<Computation> computationToFx = new FxLatest<>(computation::set);
  private final Consumer<Optional<ProposalChart>> chartToFx = new FxLatest<>(chart::set);
  private final AtomicLong generation = new AtomicLong();
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile FleetSnapshot computedFrom = FleetSnapshot.EMPTY;
  private volatile StrategyChoice choiceValue = choice.get();
  private volatile String filterText = "";
  private volatile RecommendationRow selectedRow;
  private volatile boolean active;
  private volatile long requestedFingerprint;
  private volatile long requestedAtNanos;
  private volatile long cancelledGeneration = -1;
  private volatile boolean waiting;
  private RecommendationsResult current = RecommendationsResult.EMPTY;

  private final CoalescingWorker.Task filterTask =
      light.task(() -> publish(r -> r.filtered(filterText)));
  private final CoalescingWorker.Task chartTask =
      light.task(() -> chartToFx.accept(ProposalChart.of(computedFrom, selectedRow)));
  private final CoalescingWorker.Task freshnessTask = light.task(this::recomputeIfOutdated);
  private final CoalescingWorker.Task latencyTask = serving.task(this::checkLatency);

  public RecommendationsViewModel(RightsizingObserver observer) {
    this(observer, Optional.empty());
  }

  /**
   * @param latencyCheck for a container of a serving workload, how latency behaved when CPU ran
   *     near the recommended request (shown beside the replay); empty checks nothing
   */
  public RecommendationsViewModel(
      RightsizingObserver observer, Optional<LatencyCheck> latencyCheck) {
    this.observer = observer;
    this.latencyCheck = latencyCheck;
    choice.addListener(
        (obs, old, value) -> {
          choiceValue = value;
          recompute();
        });
    filter.addListener(
        (obs, old, text) -> {
          filterText = text;
          filterTask.schedule();
        });
    selected.addListener(
        (obs, old, row) -> {
          selectedRow = row;
          chartTask.schedule();
          latencyTask.schedule();
        });
  }

  /** The selected row's latency check against its recommended request, when it serves a model. */
  private void checkLatency() {
    RecommendationRow row = selectedRow;
    FleetSnapshot from = computedFrom;
    if (row == null || latencyCheck.isEmpty()) {
      latencyToFx.accept(Optional.empty());
      return;
    }
    try {
      latencyToFx.accept(
          latencyCheck
              .get()
              .of(from, row.ref(), row.proposed().cpuRequest())
              .map(check -> new LatencyNote(row.id(), Optional.of(check), "")));
    } catch (IOException e) {
      latencyToFx.accept(
          Optional.of(
              new LatencyNote(
                  row.id(), Optional.empty(), "Latency could not be read: " + e.getMessage())));
    }
  }

  /** Feed this snapshots from any thread; cheap until the view has been shown. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
    if (active) {
      freshnessTask.schedule();
    }
  }

  /** The view is shown: the first call starts the first computation. */
  public void activate() {
    if (!active) {
      active = true;
      recompute();
    }
  }

  /** Recomputes from the latest snapshot, superseding any computation under way. */
  public void recompute() {
    long run = generation.incrementAndGet();
    engine.execute(() -> compute(run));
  }

  /** Stops the computation under way; the previous result stays. */
  public void cancel() {
    cancelledGeneration = generation.get();
    generation.incrementAndGet();
  }

  private void recomputeIfOutdated() {
    FleetSnapshot snapshot = latest;
    if (waiting && !Recommender.hasHistory(snapshot)) {
      computationToFx.accept(
          new Computation(Phase.WAITING_FOR_HISTORY, 0, waitingMessage(snapshot)));
      return;
    }
    boolean old = System.nanoTime() - requestedAtNanos > REFRESH.toNanos();
    if (old || Recommender.fingerprint(snapshot) != requestedFingerprint) {
      recompute();
    }
  }

  private void compute(long run) {
    if (run != generation.get()) {
      return; // superseded before it started
    }
    FleetSnapshot snapshot = latest;
    StrategyChoice strategy = choiceValue;
    requestedFingerprint = Recommender.fingerprint(snapshot);
    requestedAtNanos = System.nanoTime();
    waiting = !Recommender.hasHistory(snapshot);
    if (waiting) {
      computationToFx.accept(
          new Computation(Phase.WAITING_FOR_HISTORY, 0, waitingMessage(snapshot)));
      return;
    }
    long start = System.nanoTime();
    RecommendationsResult fresh;
    try {
      computationToFx.accept(
          new Computation(Phase.RECOMMENDING, 0, "Recommending (" + strategy.name() + ")"));
      fresh =
          Recommender.recommend(
              snapshot,
              strategy,
              filterText,
              p ->
                  computationToFx.accept(
                      new Computation(Phase.RECOMMENDING, p.fraction(), p.task())),
              () -> run != generation.get());
    } catch (CancellationException e) {
      if (cancelledGeneration == run) {
        computationToFx.accept(
            new Computation(Phase.CANCELLED, 0, "Cancelled: the previous recommendations stay"));
      }
      return;
    } catch (RuntimeException e) {
      computationToFx.accept(
          new Computation(Phase.FAILED, 0, "Recommending failed: " + e.getMessage()));
      return;
    }
    double took = (System.nanoTime() - start) / 1e9;
    computedFrom = snapshot;
    publish(r -> fresh.filtered(filterText));
    chartTask.schedule();
    latencyTask.schedule(); // against the new recommendation
    observer.recommended(strategy.name(), fresh.all().size(), fresh.totals().savingsPerMonth());
    String done =
        String.format(
            java.util.Locale.ROOT, "%d containers recommended in %.1f s", fresh.all().size(), took);
    judge(run, snapshot, strategy, done);
  }

  /**
   * The out-of-sample judgement costs about as much as the recommendation: it follows it, skipped
   * once superseded.
   */
  private void judge(long run, FleetSnapshot snapshot, StrategyChoice strategy, String done) {
    computationToFx.accept(
        new Computation(
            Phase.JUDGING,
            -1,
            done + "; judging on the last " + Recommender.UNSEEN_DAYS + " days it never saw"));
    try {
      Optional<OutOfSample> judgement = Recommender.judge(snapshot, strategy);
      if (run == generation.get()) {
        judgement.ifPresent(j -> publish(r -> r.withJudgement(j)));
        computationToFx.accept(new Computation(Phase.READY, 1, done));
      } else if (cancelledGeneration == run) {
        computationToFx.accept(
            new Computation(Phase.READY, 1, done + "; the out-of-sample judgement was cancelled"));
      }
    } catch (RuntimeException e) {
      computationToFx.accept(
          new Computation(
              Phase.READY, 1, done + "; the out-of-sample judgement failed: " + e.getMessage()));
    }
  }

  private static String waitingMessage(FleetSnapshot snapshot) {
    String recording =
        snapshot.sources().stream()
            .map(SourceStatus::progress)
            .flatMap(Optional::stream)
            .map(RecommendationsViewModel::describe)
            .collect(Collectors.joining("; "));
    return "No usage history yet: recommendations start as soon as the sources have some"
        + (recording.isEmpty() ? "" : " (" + recording + ")");
  }

  private static String describe(Progress p) {
    return p.task() + ", " + Math.round(p.fraction() * 100) + "%";
  }

  /** Results change on two threads (a computation, a filter): one lock keeps the newest last. */
  private synchronized void publish(UnaryOperator<RecommendationsResult> change) {
    current = change.apply(current);
    resultToFx.accept(current);
  }

  /** The newest snapshot: what the guard rails check a plan against. */
  public FleetSnapshot latest() {
    return latest;
  }

  public ReadOnlyObjectProperty<RecommendationsResult> result() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Computation> computation() {
    return computation.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<ProposalChart>> chart() {
    return chart.getReadOnlyProperty();
  }

  /** The selected row's latency under load, when its workload serves a model. */
  public ReadOnlyObjectProperty<Optional<LatencyNote>> latency() {
    return latency.getReadOnlyProperty();
  }

  public ObjectProperty<StrategyChoice> choice() {
    return choice;
  }

  public StringProperty filter() {
    return filter;
  }

  public ObjectProperty<RecommendationRow> selected() {
    return selected;
  }

  @Override
  public void close() {
    generation.incrementAndGet();
    engine.close();
    light.close();
    serving.close();
  }
}
