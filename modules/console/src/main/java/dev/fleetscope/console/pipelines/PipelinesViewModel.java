package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.runtime.pipelines.DurationTrend;
import dev.fleetscope.runtime.pipelines.PipelineFilter;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelineWorkloads;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import dev.fleetscope.runtime.pipelines.RunDetails;
import dev.fleetscope.runtime.pipelines.TimelineLane;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Pipelines view's and the Overview tile's state. Boards (from the pipeline monitor), fleet
 * snapshots (for a run's workloads and cost), filter and selection changes are turned into
 * immutable results on one background thread; only results cross to the FX thread.
 */
public final class PipelinesViewModel implements AutoCloseable {
  private final CoalescingWorker worker = new CoalescingWorker("pipelines-view");
  private final CoalescingWorker.Task stateTask = worker.task(this::rebuildState);
  private final CoalescingWorker.Task detailsTask = worker.task(this::rebuildDetails);
  private final CoalescingWorker.Task trendTask = worker.task(this::rebuildTrend);
  private final Consumer<URI> browser;
  private final Consumer<String> showNamespace;
  private final ReadOnlyObjectWrapper<PipelinesState> state =
      new ReadOnlyObjectWrapper<>(PipelinesState.EMPTY);
  private final ReadOnlyObjectWrapper<PipelineHealth> health =
      new ReadOnlyObjectWrapper<>(PipelineHealth.LOADING);
  private final ReadOnlyObjectWrapper<Optional<RunDetails>> details =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<DurationTrend>> trend =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ObjectProperty<PipelineFilter> filter =
      new SimpleObjectProperty<>(PipelineFilter.LAST_DAY);
  private final ObjectProperty<RunKey> selectedRun = new SimpleObjectProperty<>();
  private final ObjectProperty<PipelineId> selectedPipeline = new SimpleObjectProperty<>();
  private final Consumer<PipelinesState> stateToFx = new FxLatest<>(state::set);
  private final Consumer<PipelineHealth> healthToFx = new FxLatest<>(health::set);
  private final Consumer<Optional<RunDetails>> detailsToFx = new FxLatest<>(details::set);
  private final Consumer<Optional<DurationTrend>> trendToFx = new FxLatest<>(trend::set);
  private volatile PipelineBoard board = PipelineBoard.EMPTY;
  private volatile FleetSnapshot fleet = FleetSnapshot.EMPTY;

  /**
   * Replaced whole (never changed in place) when the saved pipeline sources change; read on the
   * worker.
   */
  private volatile List<WorkloadPlacement> placements;

  private volatile PipelineFilter filterValue = filter.get();
  private volatile RunKey selectedRunValue;
  private volatile PipelineId selectedPipelineValue;

  /**
   * @param browser opens a run's page in the source's UI; called off the FX thread
   * @param showNamespace shows the Utilization view filtered to a namespace; called on the FX
   *     thread
   */
  public PipelinesViewModel(
      List<WorkloadPlacement> placements, Consumer<URI> browser, Consumer<String> showNamespace) {
    this.placements = List.copyOf(placements);
    this.browser = browser;
    this.showNamespace = showNamespace;
    filter.addListener(
        (obs, old, value) -> {
          filterValue = value;
          stateTask.schedule();
        });
    selectedRun.addListener(
        (obs, old, key) -> {
          selectedRunValue = key;
          detailsTask.schedule();
        });
    selectedPipeline.addListener(
        (obs, old, id) -> {
          selectedPipelineValue = id;
          trendTask.schedule();
        });
  }

  /** Feed this boards from any thread (the monitor's listener). */
  public void accept(PipelineBoard board) {
    this.board = board;
    stateTask.schedule();
    detailsTask.schedule();
    trendTask.schedule();
  }

  /**
   * The placements runs are joined by from now on, from any thread (the saving thread): the
   * selected run's details are rebuilt with them on the worker, after whatever was queued before,
   * so the latest call wins.
   */
  public void placements(List<WorkloadPlacement> latest) {
    this.placements = List.copyOf(latest);
    detailsTask.schedule();
  }

  /** Feed this fleet snapshots from any thread: they price the selected run's workloads. */
  public void accept(FleetSnapshot snapshot) {
    this.fleet = snapshot;
    if (selectedRunValue != null) {
      detailsTask.schedule();
    }
  }

  private void rebuildState() {
    PipelineBoard current = board;
    if (current == PipelineBoard.EMPTY) {
      return;
    }
    PipelinesState computed = PipelinesState.of(current, filterValue);
    stateToFx.accept(computed);
    healthToFx.accept(PipelineHealth.of(current));
    if (selectedPipelineValue == null && !computed.pipelines().isEmpty()) {
      trendToFx.accept(
          Optional.of(DurationTrend.of(current, computed.pipelines().getFirst().id())));
    }
  }

  private void rebuildDetails() {
    PipelineBoard current = board;
    RunKey key = selectedRunValue;
    Optional<PipelineRun> run =
        key == null
            ? Optional.empty()
            : current.runs().stream().filter(r -> r.key().equals(key)).findFirst();
    detailsToFx.accept(
        run.map(
            r ->
                new RunDetails(
                    r,
                    TimelineLane.sourceName(current, r.source()),
                    current.isLive(r),
                    current.at(),
                    DurationTrend.of(current, PipelineId.of(r)).usual(),
                    PipelineWorkloads.of(fleet, placements, r))));
  }

  private void rebuildTrend() {
    PipelineId id = selectedPipelineValue;
    if (id != null && board != PipelineBoard.EMPTY) {
      trendToFx.accept(Optional.of(DurationTrend.of(board, id)));
    }
  }

  /** Selects a run (its details) and its pipeline (its trend); null clears the run. */
  public void select(RunKey key, PipelineId pipeline) {
    selectedRun.set(key);
    if (pipeline != null) {
      selectedPipeline.set(pipeline);
    }
  }

  /** Opens the run's page in the source's own UI, in the system browser, off the FX thread. */
  public void open(URI link) {
    Thread.ofVirtual().name("open-link").start(() -> browser.accept(link));
  }

  /** Shows the Utilization view filtered to the namespace of the run's workloads. */
  public void showWorkloads(PipelineWorkloads workloads) {
    showNamespace.accept(workloads.namespace());
  }

  public ReadOnlyObjectProperty<PipelinesState> state() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PipelineHealth> health() {
    return health.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<RunDetails>> details() {
    return details.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<DurationTrend>> trend() {
    return trend.getReadOnlyProperty();
  }

  public ObjectProperty<PipelineFilter> filter() {
    return filter;
  }

  public ObjectProperty<RunKey> selectedRun() {
    return selectedRun;
  }

  public ObjectProperty<PipelineId> selectedPipeline() {
    return selectedPipeline;
  }

  @Override
  public void close() {
    worker.close();
  }
}
