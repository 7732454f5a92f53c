package dev.fleetscope.console.recommendations;

import dev.fleetscope.apply.ApplyEvent;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.export.GitOpsExport;
import dev.fleetscope.apply.export.VpaExport;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.rightsizing.ApplyFlow;
import dev.fleetscope.runtime.rightsizing.ApplySettings;
import dev.fleetscope.runtime.rightsizing.ApplyStage;
import dev.fleetscope.runtime.rightsizing.AuditHistory;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.RunProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Select → preview → dry run → apply in batches → outcome, and the audit log with rollback and
 * resume. Commands come from the FX thread; the work (cluster reads, dry runs, runs, the audit
 * log's SQL) happens on one worker thread, one step at a time, and only immutable stages cross
 * back. A stage from a step the user has since moved on from (another selection) is dropped.
 */
public final class ApplyFlowViewModel implements AutoCloseable {
  private final ChangeSetup setup;
  private final Supplier<FleetSnapshot> snapshots;
  private final ApplyFlow flow;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("apply").factory());
  private final ObservableSet<String> selection =
      FXCollections.observableSet(new LinkedHashSet<>());
  private final ObjectProperty<ApplySettings> settings =
      new SimpleObjectProperty<>(ApplySettings.DEFAULT);
  private final ReadOnlyObjectWrapper<ApplyStage> stage =
      new ReadOnlyObjectWrapper<>(new ApplyStage.Choosing());
  private final ReadOnlyObjectWrapper<AuditHistory> history =
      new ReadOnlyObjectWrapper<>(AuditHistory.LOADING);
  private final Consumer<Tagged> stageToFx = new FxLatest<>(this::show);
  private final Consumer<AuditHistory> historyToFx = new FxLatest<>(history::set);
  private volatile RunControl control = new RunControl();

  /**
   * Counts the user's steps (FX thread): a worker's stage is shown only while its step is the
   * latest.
   */
  private long step;

  private boolean activated;

  private record Tagged(long step, ApplyStage stage) {}

  /**
   * @param snapshots the newest fleet snapshot: the memory peaks and CPU the guard rails check
   *     against
   */
  public ApplyFlowViewModel(ChangeSetup setup, Supplier<FleetSnapshot> snapshots) {
    this.setup = setup;
    this.snapshots = snapshots;
    this.flow = new ApplyFlow(setup);
    selection.addListener((SetChangeListener<String>) change -> restart());
    settings.addListener((obs, old, value) -> restart());
  }

  /** The view is shown: opens the audit log and settles interrupted runs, once. */
  public void activate() {
    if (!activated) {
      activated = true;
      worker.execute(
          () -> {
            try {
              historyToFx.accept(flow.settleAndLoad());
            } catch (RuntimeException e) {
              historyToFx.accept(
                  new AuditHistory(
                      List.of(),
                      List.of(),
                      Optional.of(
                          "The audit log "
                              + setup.auditFile()
                              + " cannot be read: "
                              + e.getMessage())));
            }
          });
    }
  }

  /**
   * Why nothing can be sent, for the view to show next to the disabled buttons; empty when changes
   * may be sent.
   */
  public Optional<String> readOnlyReason() {
    return setup.readOnly()
        ? Optional.of(
            "Read-only mode (--read-only): previews work; dry runs, applies and rollbacks are disabled")
        : Optional.empty();
  }

  private boolean busy() {
    return stage.get() instanceof ApplyStage.Running || stage.get() instanceof ApplyStage.Working;
  }

  private void restart() {
    if (!(stage.get() instanceof ApplyStage.Running
        || stage.get() instanceof ApplyStage.Choosing)) {
      step++;
      stage.set(new ApplyStage.Choosing());
    }
  }

  /**
   * Plans the rows against what their clusters hold now and screens the plan with the guard rails.
   */
  public void preview(List<RecommendationRow> rows) {
    if (rows.isEmpty() || stage.get() instanceof ApplyStage.Running) {
      return;
    }
    ApplySettings chosen = settings.get();
    long mine =
        begin(
            new ApplyStage.Working(
                "Reading "
                    + rows.size()
                    + " container(s) from their clusters and checking the guard rails"));
    work(mine, () -> flow.plan(rows, chosen, snapshots.get()));
  }

  /** Asks each server to validate the planned changes without keeping them. */
  public void dryRun() {
    if (!(stage.get() instanceof ApplyStage.Planned planned)
        || planned.plan().changes().isEmpty()
        || setup.readOnly()) {
      return;
    }
    long mine =
        begin(
            new ApplyStage.Working(
                "Asking the servers for a dry run of "
                    + planned.plan().changes().size()
                    + " change(s)"));
    work(mine, () -> flow.dryRun(planned));
  }

  /**
   * Writes the planned changes into {@code folder} as kustomize patches or server-side-apply
   * manifests instead of sending them: for teams whose clusters change only through Git. Nothing
   * reaches a cluster, so read-only mode allows it.
   */
  public void export(Path folder, GitOpsExport.Format format) {
    if (!(stage.get() instanceof ApplyStage.Planned planned)
        || planned.plan().changes().isEmpty()) {
      return;
    }
    long mine =
        begin(
            new ApplyStage.Working(
                "Writing " + planned.plan().changes().size() + " change(s) to " + folder));
    work(
        mine,
        () -> {
          try {
            List<Path> files = GitOpsExport.write(planned.plan().workloadChanges(), folder, format);
            return planned.withExport(new ApplyStage.Exported(folder, format, files));
          } catch (IOException e) {
            return new ApplyStage.Failed(
                "Could not write the changes to " + folder + ": " + e.getMessage());
          }
        });
  }

  /**
   * Writes the VPA-side changes for the chosen containers a VPA manages into {@code folder}: for
   * each VPA a file bounding it at the recommendation and one switching it off, to choose from.
   * Nothing reaches a cluster, so read-only mode allows it.
   */
  public void exportVpa(Path folder) {
    if (!(stage.get() instanceof ApplyStage.Planned planned) || planned.vpaManaged() == 0) {
      return;
    }
    long mine =
        begin(
            new ApplyStage.Working(
                "Writing the VPA-side change of "
                    + planned.vpaManaged()
                    + " container(s) to "
                    + folder));
    work(
        mine,
        () -> {
          try {
            List<Path> files = VpaExport.write(planned.plan().vpaChanges(), folder);
            return planned.withVpaExport(new ApplyStage.VpaExported(folder, files));
          } catch (IOException e) {
            return new ApplyStage.Failed(
                "Could not write the VPA changes to " + folder + ": " + e.getMessage());
          }
        });
  }

  /** Sends the planned changes in batches, once their dry run passed. */
  public void apply() {
    if (!(stage.get() instanceof ApplyStage.Planned planned)
        || !planned.dryRunPassed()
        || setup.readOnly()) {
      return;
    }
    String description =
        "apply " + planned.plan().changes().size() + " workload(s) from the console";
    List<PlannedChange> changes = planned.plan().planned(planned.method());
    run(description, () -> changes, settings.get().options());
  }

  /**
   * Restores the previous values of every change of the run that set its values and is not undone
   * yet.
   */
  public void rollBack(RunRecord run) {
    List<ChangeRecord> changes = history.get().toRollBack(run);
    if (!changes.isEmpty()) {
      run(
          "rollback of run " + run.id(),
          () -> flow.rollbacks(changes),
          settings.get().rollbackOptions());
    }
  }

  public void rollBack(ChangeRecord change) {
    if (history.get().canRollBack(change)) {
      run(
          "rollback of change " + change.id(),
          () -> flow.rollbacks(List.of(change)),
          settings.get().rollbackOptions());
    }
  }

  /** Sends again what an interrupted or stopped run never got to its cluster. */
  public void resume(RunRecord run) {
    List<ChangeRecord> changes = history.get().toResume(run);
    if (!changes.isEmpty()) {
      run("resume run " + run.id(), () -> flow.resumption(run, changes), settings.get().options());
    }
  }

  /**
   * Stops the run under way between two changes; what was sent is recorded, the rest is marked not
   * sent.
   */
  public void cancel() {
    control.cancel();
  }

  private void run(
      String description, Supplier<List<PlannedChange>> changes, ApplyOptions options) {
    if (setup.readOnly() || busy()) {
      return;
    }
    RunControl runControl = new RunControl();
    control = runControl;
    long mine = begin(new ApplyStage.Running(RunProgress.starting(description)));
    worker.execute(
        () -> {
          RunProgress[] progress = {RunProgress.starting(description)};
          long start = System.nanoTime();
          try {
            RunRecord run =
                flow.execute(
                    description,
                    changes.get(),
                    options,
                    event -> {
                      progress[0] = progress[0].on(event);
                      observe(event);
                      stageToFx.accept(new Tagged(mine, new ApplyStage.Running(progress[0])));
                    },
                    runControl);
            RunProgress last = progress[0];
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Platform.runLater(() -> finish(mine, new ApplyStage.Finished(last, run, took)));
          } catch (RuntimeException e) {
            Platform.runLater(
                () ->
                    finish(
                        mine, new ApplyStage.Failed(description + " failed: " + e.getMessage())));
          }
          reloadHistory();
        });
  }

  /**
   * The run is over (FX thread, after its last progress): its rows are done with, its outcome stays
   * shown.
   */
  private void finish(long mine, ApplyStage end) {
    if (mine == step) {
      selection.clear(); // restarts the flow...
      stage.set(end); // ...but the outcome stays until the user selects again
    }
  }

  private void observe(ApplyEvent event) {
    RightsizingObserver observer = setup.observer();
    switch (event) {
      case ApplyEvent.ChangeFinished f when f.state().finished() ->
          observer.changeFinished(f.state());
      case ApplyEvent.RunEnded e -> observer.runEnded(e.outcome());
      default -> {}
    }
  }

  private void show(Tagged tagged) {
    if (tagged.step() == step) {
      stage.set(tagged.stage());
    }
  }

  private long begin(ApplyStage first) {
    step++;
    stage.set(first);
    return step;
  }

  private void work(long mine, Supplier<ApplyStage> work) {
    worker.execute(
        () -> {
          try {
            stageToFx.accept(new Tagged(mine, work.get()));
          } catch (RuntimeException e) {
            stageToFx.accept(
                new Tagged(
                    mine,
                    new ApplyStage.Failed(e.getMessage() == null ? e.toString() : e.getMessage())));
          }
        });
  }

  private void reloadHistory() {
    try {
      historyToFx.accept(flow.history());
    } catch (RuntimeException e) {
      historyToFx.accept(
          new AuditHistory(
              List.of(),
              List.of(),
              Optional.of("The audit log cannot be read: " + e.getMessage())));
    }
  }

  /**
   * Container ids ({@code cluster/namespace/workload/container}) chosen to apply; FX thread only.
   */
  public ObservableSet<String> selection() {
    return selection;
  }

  public ObjectProperty<ApplySettings> settings() {
    return settings;
  }

  public ReadOnlyObjectProperty<ApplyStage> stage() {
    return stage.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<AuditHistory> history() {
    return history.getReadOnlyProperty();
  }

  /** Stops a run between two changes, then closes the audit log once the worker is done with it. */
  @Override
  public void close() {
    control.cancel();
    worker.execute(flow::close);
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
