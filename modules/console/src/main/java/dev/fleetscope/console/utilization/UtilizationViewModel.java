package dev.fleetscope.console.utilization;

import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import java.time.Duration;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The utilization tree and the selected row's history. Snapshots, filter and selection changes are
 * turned into immutable results on one background thread; only results cross to the FX thread.
 */
public final class UtilizationViewModel implements AutoCloseable {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("utilization").factory());
  private final ReadOnlyObjectWrapper<List<UsageTree>> tree =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Optional<UsageChart>> history =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObjectProperty<UsageRow> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<Duration> range = new SimpleObjectProperty<>(Duration.ofDays(7));
  private final Consumer<List<UsageTree>> treeToFx = new FxLatest<>(tree::set);
  private final Consumer<Optional<UsageChart>> historyToFx = new FxLatest<>(history::set);
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile String filterText = "";
  private volatile UsageRow selectedRow;
  private volatile Duration rangeValue = range.get();
  private final AtomicBoolean treeQueued = new AtomicBoolean();
  private final AtomicBoolean historyQueued = new AtomicBoolean();

  public UtilizationViewModel() {
    filter.addListener(
        (obs, old, text) -> {
          filterText = text;
          schedule(treeQueued, this::rebuildTree);
        });
    selected.addListener(
        (obs, old, row) -> {
          selectedRow = row;
          schedule(historyQueued, this::rebuildHistory);
        });
    range.addListener(
        (obs, old, value) -> {
          rangeValue = value;
          schedule(historyQueued, this::rebuildHistory);
        });
  }

  /** Feed this snapshots from any thread. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
    schedule(treeQueued, this::rebuildTree);
    schedule(historyQueued, this::rebuildHistory);
  }

  /**
   * Queues work unless the same work is already queued: it reads the latest inputs when it runs
   * anyway.
   */
  private void schedule(AtomicBoolean queued, Runnable work) {
    if (!worker.isShutdown() && queued.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            queued.set(false);
            work.run();
          });
    }
  }

  private void rebuildTree() {
    treeToFx.accept(UsageTree.of(latest, filterText));
  }

  private void rebuildHistory() {
    historyToFx.accept(UsageChart.of(latest, selectedRow, rangeValue));
  }

  public ReadOnlyObjectProperty<List<UsageTree>> tree() {
    return tree.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<UsageChart>> history() {
    return history.getReadOnlyProperty();
  }

  public StringProperty filter() {
    return filter;
  }

  public ObjectProperty<UsageRow> selected() {
    return selected;
  }

  public ObjectProperty<Duration> range() {
    return range;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
