package dev.fleetscope.console.drift;

import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.runtime.alerts.DriftResults;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.runtime.config.DriftSourcesStore;
import dev.fleetscope.runtime.drift.Comparison;
import dev.fleetscope.runtime.drift.DemoModels;
import dev.fleetscope.runtime.drift.DriftComputer;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.DriftPlan;
import dev.fleetscope.runtime.drift.MonitoredModel;
import dev.fleetscope.runtime.drift.ReportCache;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Drift view's model: which models are watched (the demo fleet's inference services and the
 * configured files), each one's current drift, and the selected one's columns and daily history.
 *
 * <p>Two background threads: a scanner that computes every model's current drift one after another
 * (it starts once the fleet's sources have finished their long work, such as recording the demo
 * history, or when the view is first shown), and a worker for what the user asks (the selected
 * model, adding or removing a source). Outcomes are cached per comparison, so a model is computed
 * once per hour (demo) or until asked to recompute (files).
 */
public final class DriftViewModel implements AutoCloseable {
  /**
   * Every model's current comparison and a few selected models' fourteen days, about 3 KB each:
   * windows the clock has moved past are only ever dropped by age, so a larger bound is only memory
   * that a wall screen left on for days fills (2,000 held 4.5 MB after a simulated day).
   */
  private static final int CACHE_CAPACITY = 256;

  private final DriftSourcesStore store;
  private final long demoSeed;
  private final DriftComputer computer;
  private final DetailRun details;
  private final ReportCache cache = new ReportCache(CACHE_CAPACITY);
  private final CoalescingWorker worker = new CoalescingWorker("drift");
  private final CoalescingWorker scanner = new CoalescingWorker("drift-scan");
  private final CoalescingWorker.Task scanTask = scanner.task(this::scan);
  private final CoalescingWorker.Task detailTask = worker.task(this::showDetail);
  private final ReadOnlyObjectWrapper<ModelList> list =
      new ReadOnlyObjectWrapper<>(ModelList.EMPTY);
  private final ReadOnlyObjectWrapper<ModelDetail> detail =
      new ReadOnlyObjectWrapper<>(ModelDetail.NONE);
  private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
  private final Consumer<ModelList> listToFx = new FxLatest<>(list::set);
  private final Consumer<ModelDetail> detailToFx = new FxLatest<>(this::showIfSelected);
  private final AtomicLong selection = new AtomicLong();
  private final Map<String, ModelRow> lastRows = new ConcurrentHashMap<>();
  private volatile String selectedId;
  private volatile List<MonitoredModel.Demo> demoModels = List.of();
  private volatile List<DriftSource> sources = List.of();
  private volatile String problem = "";
  private volatile DemoInferenceLogs demoLogs;
  private volatile Instant now;
  private volatile boolean scanning;
  private volatile Consumer<List<DriftResult>> onResults = results -> {};

  /**
   * @param demoSeed seeds the demo models' inference logs
   * @param clock stamps outcomes with when they were computed, in its zone
   */
  public DriftViewModel(DriftSourcesStore store, long demoSeed, Clock clock) {
    this.store = store;
    this.demoSeed = demoSeed;
    this.computer = new DriftComputer(clock);
    this.details = new DetailRun(cache, computer, clock.getZone());
    this.now = clock.instant();
    selected.addListener(
        (obs, old, id) -> {
          selectedId = id;
          selection.incrementAndGet(); // a history still being computed for the old selection stops
          detail.set(
              list.get().rows().stream()
                  .filter(r -> r.id().equals(id))
                  .findFirst()
                  .map(DetailStates::computing)
                  .orElse(ModelDetail.NONE)); // at once, not when the worker gets to it
          detailTask.schedule();
        });
    worker.execute(this::loadSources);
  }

  /**
   * Feed this snapshots from any thread: the demo fleet's inference services are the demo models.
   */
  public void accept(FleetSnapshot snapshot) {
    boolean demo =
        snapshot.clusters().stream().anyMatch(c -> c.sourceId().equals(DemoFleetSource.ID));
    if (demo && demoLogs == null) {
      demoLogs = DemoInferenceLogs.startingAt(demoSeed, snapshot.at());
    }
    boolean newHour =
        !snapshot.at().truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS));
    now = snapshot.at();
    List<MonitoredModel.Demo> models = DemoModels.of(snapshot);
    boolean changed = !models.equals(demoModels) || newHour;
    demoModels = models;
    if (!scanning && snapshot.sources().stream().allMatch(s -> s.progress().isEmpty())) {
      scanning = true; // the demo history is recorded: computing no longer competes with it
      changed = true;
    }
    if (changed) {
      scanTask.schedule();
    }
    if (newHour) {
      detailTask.schedule();
    }
  }

  /**
   * Told every model's current drift, on the scanner thread, each time a scan has computed them
   * all: a partial list would read as models that stopped drifting.
   */
  public void onResults(Consumer<List<DriftResult>> sink) {
    onResults = sink;
  }

  /** The view is shown: compute now, whatever else is running. */
  public void activate() {
    if (!scanning) {
      scanning = true;
      scanTask.schedule();
    }
  }

  /**
   * Adds a configured source, replacing one of the same name, and keeps it in the config directory.
   */
  public void add(DriftSource source) {
    worker.execute(
        () -> {
          List<DriftSource> next = new ArrayList<>(sources);
          next.removeIf(s -> s.name().equals(source.name()));
          next.add(source);
          cache.evict(c -> c.modelId().equals(new MonitoredModel.Configured(source).id()));
          save(next);
        });
  }

  public void remove(String modelId) {
    worker.execute(
        () -> {
          List<DriftSource> next = new ArrayList<>(sources);
          next.removeIf(s -> new MonitoredModel.Configured(s).id().equals(modelId));
          cache.evict(c -> c.modelId().equals(modelId));
          save(next);
        });
  }

  /** Forgets a model's outcomes and computes them again (a configured file may have changed). */
  public void recompute(String modelId) {
    worker.execute(
        () -> {
          cache.evict(c -> c.modelId().equals(modelId));
          scanTask.schedule();
          selection.incrementAndGet();
          showDetail();
        });
  }

  public ReadOnlyObjectProperty<ModelList> list() {
    return list.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ModelDetail> detail() {
    return detail.getReadOnlyProperty();
  }

  /** The selected model's {@link MonitoredModel#id()}, or null. */
  public ObjectProperty<String> selected() {
    return selected;
  }

  /** The configured source behind a model id, for editing. */
  public Optional<DriftSource> source(String modelId) {
    return sources.stream()
        .filter(s -> new MonitoredModel.Configured(s).id().equals(modelId))
        .findFirst();
  }

  @Override
  public void close() {
    worker.close();
    scanner.close();
  }

  private void loadSources() {
    sources = store.load();
    problem = Objects.requireNonNullElse(store.problem(), "");
    scanTask.schedule();
  }

  private void save(List<DriftSource> next) {
    sources = List.copyOf(next);
    try {
      store.save(sources);
      problem = "";
    } catch (IOException e) {
      problem = "could not save the drift sources to " + store.file() + ": " + e.getMessage();
    }
    scanTask.schedule();
    showDetail();
  }

  private List<MonitoredModel> models() {
    List<MonitoredModel> all = new ArrayList<>();
    sources.forEach(s -> all.add(new MonitoredModel.Configured(s)));
    all.addAll(demoModels);
    return all;
  }

  /** Every model's current outcome, one after another, the list republished after each. */
  private void scan() {
    publishList();
    if (!scanning) {
      return;
    }
    for (MonitoredModel model : models()) {
      if (scanTask.isQueued() || Thread.currentThread().isInterrupted()) {
        return; // a fresher scan is queued and picks up from the cache
      }
      current(model);
      publishList();
    }
  }

  /**
   * Models not yet computed for this hour keep their last row meanwhile, so the list does not
   * reshuffle hourly.
   */
  private void publishList() {
    List<ModelRow> rows = new ArrayList<>();
    int computed = 0;
    for (MonitoredModel model : models()) {
      Optional<DriftOutcome> outcome = peekCurrent(model);
      ModelRow row =
          outcome
              .map(o -> ModelRow.of(model, o))
              .orElseGet(() -> lastRows.getOrDefault(model.id(), ModelRow.pending(model)));
      lastRows.put(model.id(), row);
      rows.add(row);
      computed += outcome.isPresent() ? 1 : 0;
    }
    lastRows.keySet().retainAll(rows.stream().map(ModelRow::id).toList());
    listToFx.accept(new ModelList(rows, computed, scanning, problem));
    if (scanning && computed == rows.size()) {
      onResults.accept(results());
    }
  }

  /** Each model's current outcome as alert rules read it; failed models have none. */
  private List<DriftResult> results() {
    List<DriftResult> results = new ArrayList<>();
    for (MonitoredModel model : models()) {
      try {
        Comparison current = DriftPlan.of(model, now, demoLogs).current();
        cache
            .peek(current)
            .flatMap(o -> DriftResults.of(model.name(), current, o))
            .ifPresent(results::add);
      } catch (DriftInputException | DateTimeException e) {
        // shown on the model's row; nothing to judge
      }
    }
    return results;
  }

  /**
   * A detail computed for a model the user has since left is dropped, not shown under another's
   * name.
   */
  private void showIfSelected(ModelDetail next) {
    if (next.isNone() || next.id().equals(selected.get())) {
      detail.set(next);
    }
  }

  private DriftOutcome current(MonitoredModel model) {
    try {
      return cache.get(DriftPlan.of(model, now, demoLogs).current(), computer::compute);
    } catch (DriftInputException | DateTimeException e) {
      return new DriftOutcome.Failed(e.getMessage(), now);
    }
  }

  private Optional<DriftOutcome> peekCurrent(MonitoredModel model) {
    try {
      return cache.peek(DriftPlan.of(model, now, demoLogs).current());
    } catch (DriftInputException | DateTimeException e) {
      return Optional.of(new DriftOutcome.Failed(e.getMessage(), now));
    }
  }

  /**
   * The selected model: its current outcome first, then its history day by day, until the selection
   * changes.
   */
  private void showDetail() {
    long generation = selection.get();
    String id = selectedId;
    MonitoredModel model =
        models().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    if (model == null) {
      detailToFx.accept(ModelDetail.NONE);
      return;
    }
    DriftPlan plan;
    try {
      plan = DriftPlan.of(model, now, demoLogs);
    } catch (DriftInputException | DateTimeException e) {
      detailToFx.accept(
          DetailStates.of(
              model, new DriftOutcome.Failed(e.getMessage(), now), Optional.empty(), ""));
      return;
    }
    details.run(
        model,
        plan,
        () -> selection.get() == generation && !Thread.currentThread().isInterrupted(),
        detailToFx);
  }
}
