package dev.fleetscope.console.serving;

import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.runtime.serving.ModelTrend;
import dev.fleetscope.runtime.serving.ServingBoard;
import dev.fleetscope.runtime.serving.ServingSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Serving view's model, and the Overview tile's. Nothing is read until {@link #activate()} (the
 * console calls it once its first live frame is drawn). Then one worker thread reads, never the FX
 * thread: the whole window first (the table fills), then its {@value #POINTS} shorter windows (the
 * sparklines), then the selected model's trend. Windows end on whole steps of the sparklines, so a
 * refresh happens once a step and reads one new short window; the fleet's snapshots, every few
 * seconds, only tell the time.
 */
public final class ServingViewModel implements AutoCloseable {
  public static final List<Duration> WINDOWS =
      List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24));
  public static final int POINTS = 12;
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

  private final FleetServing serving;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("serving").factory());
  private final ReadOnlyObjectWrapper<ServingState> state =
      new ReadOnlyObjectWrapper<>(ServingState.INITIAL);
  private final ReadOnlyObjectWrapper<Optional<ModelTrend>> trend =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(WINDOWS.getFirst());
  private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
  private final Consumer<ServingState> stateToFx = new FxLatest<>(state::set);
  private final Consumer<Optional<ModelTrend>> trendToFx = new FxLatest<>(trend::set);
  private final AtomicBoolean refreshQueued = new AtomicBoolean();
  private final AtomicBoolean trendQueued = new AtomicBoolean();
  private volatile Instant fleetTime = Instant.EPOCH;
  private volatile Duration windowValue = window.get();
  private volatile String selectedId;
  private volatile boolean active;

  /** Owned by the worker: what was last published and for which window. */
  private ServingState current = ServingState.INITIAL;

  private Instant shownEnd = Instant.EPOCH;
  private Duration shownWindow = Duration.ZERO;

  public ServingViewModel(FleetServing serving) {
    this.serving = serving;
    window.addListener(
        (obs, old, w) -> {
          windowValue = w;
          schedule(refreshQueued, this::refresh);
        });
    selected.addListener(
        (obs, old, id) -> {
          selectedId = id;
          schedule(trendQueued, this::computeTrend);
        });
  }

  /** Feed this snapshots from any thread: their time says when a new window has ended. */
  public void accept(FleetSnapshot snapshot) {
    fleetTime = snapshot.at();
    if (active && !endFor(snapshot.at(), windowValue).equals(shownEnd)) {
      schedule(refreshQueued, this::refresh);
    }
  }

  /** Starts reading; later calls do nothing. */
  public void activate() {
    if (!active) {
      active = true;
      schedule(refreshQueued, this::refresh);
    }
  }

  private static Instant endFor(Instant now, Duration window) {
    return ServingSeries.alignedEnd(now, window.dividedBy(POINTS));
  }

  private void refresh() {
    Duration w = windowValue;
    Instant now = fleetTime;
    if (now.equals(Instant.EPOCH)) {
      return; // no fleet yet: nothing tells the time
    }
    Instant end = endFor(now, w);
    if (end.equals(shownEnd) && w.equals(shownWindow)) {
      return;
    }
    Duration step = w.dividedBy(POINTS);
    publish(
        new ServingState(
            w, current.board(), true, "Reading the " + label(w) + " to " + clock(end) + "…"));
    ServingSnapshot whole = serving.snapshot(end, w);
    publish(
        current.with(
            ServingBoard.of(whole, ServingSeries.EMPTY),
            describe(whole)
                + " · reading "
                + POINTS
                + " windows of "
                + label(step)
                + " for the sparklines…",
            true));
    ServingSeries series = serving.series(end, step, POINTS);
    publish(
        current.with(
            ServingBoard.of(whole, series),
            describe(whole) + " · sparklines: " + POINTS + " windows of " + label(step),
            false));
    shownEnd = end;
    shownWindow = w;
    computeTrend();
  }

  private void computeTrend() {
    String id = selectedId;
    Optional<ServingBoard> board = current.board();
    if (id == null || board.isEmpty() || board.get().series().points().isEmpty()) {
      trendToFx.accept(Optional.empty());
      return;
    }
    Optional<ModelServing> model = board.get().window().model(id);
    trendToFx.accept(model.map(m -> ModelTrend.of(board.get().series(), m, serving.latest())));
  }

  private String describe(ServingSnapshot whole) {
    int n = whole.models().size();
    return n
        + (n == 1 ? " model" : " models")
        + " · the "
        + label(whole.window())
        + " to "
        + clock(whole.end());
  }

  /** {@code 5 min}, {@code 2 h}. */
  static String label(Duration d) {
    return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
  }

  private static String clock(Instant at) {
    return CLOCK.format(at);
  }

  private void publish(ServingState next) {
    current = next;
    stateToFx.accept(next);
  }

  private void schedule(AtomicBoolean queued, Runnable work) {
    if (!worker.isShutdown() && queued.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            queued.set(false);
            work.run();
          });
    }
  }

  public ReadOnlyObjectProperty<ServingState> state() {
    return state.getReadOnlyProperty();
  }

  /** The selected model's trend over the sparklines' windows; empty when none is selected. */
  public ReadOnlyObjectProperty<Optional<ModelTrend>> trend() {
    return trend.getReadOnlyProperty();
  }

  /** The window the table covers: one of {@link #WINDOWS}. Set it on the FX thread. */
  public ObjectProperty<Duration> window() {
    return window;
  }

  /** The selected model's id ({@code cluster/namespace/workload/model}), or null. */
  public ObjectProperty<String> selected() {
    return selected;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
