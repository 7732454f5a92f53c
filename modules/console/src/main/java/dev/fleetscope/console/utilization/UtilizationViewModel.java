package dev.fleetscope.console.utilization;

import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
  private final CoalescingWorker worker = new CoalescingWorker("utilization");
  private final CoalescingWorker.Task treeTask = worker.task(this::rebuildTree);
  private final CoalescingWorker.Task historyTask = worker.task(this::rebuildHistory);
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

  public UtilizationViewModel() {
    filter.addListener(
        (obs, old, text) -> {
          filterText = text;
          treeTask.schedule();
        });
    selected.addListener(
        (obs, old, row) -> {
          selectedRow = row;
          historyTask.schedule();
        });
    range.addListener(
        (obs, old, value) -> {
          rangeValue = value;
          historyTask.schedule();
        });
  }

  /** Feed this snapshots from any thread. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
    treeTask.schedule();
    historyTask.schedule();
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
    worker.close();
  }
}
