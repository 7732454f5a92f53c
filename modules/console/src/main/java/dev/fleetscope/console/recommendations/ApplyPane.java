package dev.fleetscope.console.recommendations;

import dev.fleetscope.apply.DryRun;
import dev.fleetscope.apply.Refusal;
import dev.fleetscope.apply.export.GitOpsExport;
import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.runtime.rightsizing.ApplySettings;
import dev.fleetscope.runtime.rightsizing.ApplyStage;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.RecommendationTotals;
import dev.fleetscope.runtime.rightsizing.RecommendationsResult;
import dev.fleetscope.runtime.rightsizing.RunProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The apply flow for the rows chosen in the table: settings, then Preview (the diff and the guard
 * rails' refusals), Dry run (the servers' answers), Apply (a progress bar per batch, Cancel) and
 * the run's outcome.
 */
final class ApplyPane extends VBox {
  private final ModelListeners listeners = new ModelListeners();
  private final ApplyFlowViewModel model;
  private final Supplier<RecommendationsResult> result;
  private final Label chosen = new Label();
  private final Label status = new Label();
  private final Button preview = new Button("1 · Preview");
  private final Button dryRun = new Button("2 · Dry run");
  private final Button apply = new Button("3 · Apply");
  private final Button cancel = new Button("Cancel run");
  private final FolderField exportFolder =
      new FolderField(
          "apply-export-folder",
          "folder in your GitOps repository",
          FolderField.home("fleetscope-export"),
          "Folder for the GitOps files");
  private final FolderField vpaFolder =
      new FolderField(
          "apply-vpa-folder",
          "folder for the VPA YAML",
          FolderField.home("fleetscope-vpa"),
          "Folder for the VPA YAML");
  private final Label vpaText = new Label();
  private final Button vpaExport = new Button("Write VPA YAML");
  private final HBox vpaRow = new HBox(8);
  private final ChoiceBox<GitOpsExport.Format> exportFormat = new ChoiceBox<>();
  private final Button export = new Button("Write files");
  private final ListView<String> diff = new ListView<>();
  private final ListView<String> checks = new ListView<>();
  private final RunPanel run = new RunPanel();

  ApplyPane(ApplyFlowViewModel model, Supplier<RecommendationsResult> result) {
    super(8);
    this.model = model;
    this.result = result;
    setId("apply-pane");
    getStyleClass().add("apply-pane");
    chosen.setId("apply-selected");
    status.setId("apply-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    preview.setId("apply-preview-button");
    dryRun.setId("apply-dry-run-button");
    apply.setId("apply-button");
    cancel.setId("apply-cancel");
    apply.getStyleClass().add("accent-button");
    preview.setOnAction(e -> model.preview(chosenRows()));
    dryRun.setOnAction(e -> model.dryRun());
    apply.setOnAction(e -> model.apply());
    cancel.setOnAction(e -> model.cancel());

    Button all = new Button("Choose all shown");
    all.setId("apply-choose-shown");
    all.setOnAction(
        e ->
            model
                .selection()
                .addAll(result.get().shown().stream().map(RecommendationRow::id).toList()));
    Button none = new Button("Clear");
    none.setId("apply-clear");
    none.setOnAction(e -> model.selection().clear());
    HBox choosing = new HBox(8, chosen, all, none);
    choosing.getStyleClass().add("toolbar");

    Label readOnly = new Label(model.readOnlyReason().orElse(""));
    readOnly.setId("apply-read-only");
    readOnly.getStyleClass().add("stale-banner");
    readOnly.setVisible(model.readOnlyReason().isPresent());
    readOnly.setManaged(model.readOnlyReason().isPresent());
    HBox steps = new HBox(8, preview, dryRun, apply, cancel, readOnly);
    steps.getStyleClass().add("toolbar");

    diff.setId("apply-preview");
    diff.getStyleClass().add("diff");
    diff.setPlaceholder(new Label("The preview of the chosen changes shows here"));
    diff.setCellFactory(
        v ->
            new StyledCell(
                line ->
                    line.startsWith("+") ? "diff-add" : line.startsWith("-") ? "diff-remove" : null,
                false));
    checks.setId("apply-checks");
    checks.setPlaceholder(
        new Label("Guard-rail refusals and the servers' dry-run answers show here"));
    checks.setCellFactory(
        v ->
            new StyledCell(
                line ->
                    line.startsWith("refused") || line.startsWith("dry run refused")
                        ? "under"
                        : line.startsWith("dry run accepted") ? "ok" : null,
                true));
    checks.setMinHeight(48);
    VBox.setVgrow(checks, Priority.ALWAYS);
    VBox.setVgrow(run, Priority.ALWAYS);
    VBox right = new VBox(6, checks, run);
    SplitPane split = new SplitPane(diff, right);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.5);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(choosing, settings(), steps, gitOps(), vpa(), status, split);

    Runnable showChosenOnce = new OncePerPulse(this::showChosen);
    listeners.onChange(model.selection(), c -> showChosenOnce.run());
    listeners.onChange(
        model.stage(),
        (obs, old, stage) -> {
          if (stage instanceof ApplyStage.Running
              && !(old instanceof ApplyStage.Planned || old instanceof ApplyStage.Running)) {
            diff.getItems()
                .clear(); // a rollback or resumption: the preview on show was of another plan
            checks.getItems().clear();
          }
          show(stage);
        });
    showChosen();
    show(model.stage().get());
  }

  private List<RecommendationRow> chosenRows() {
    RecommendationsResult r = result.get();
    return r.all().stream().filter(row -> model.selection().contains(row.id())).toList();
  }

  private void showChosen() {
    List<RecommendationRow> rows = chosenRows();
    RecommendationTotals totals = RecommendationTotals.of(rows, 1);
    String savings =
        totals.savingsPerMonth().entrySet().stream()
            .map(e -> Units.money(e.getValue(), e.getKey(), "month"))
            .reduce((a, b) -> a + ", " + b)
            .orElse("nothing");
    chosen.setText(rows.size() + " container(s) chosen · save " + savings + " in replay");
    preview.setDisable(rows.isEmpty() || model.stage().get() instanceof ApplyStage.Running);
  }

  /**
   * Instead of applying: the previewed plan written as files for a GitOps repository (allowed when
   * read-only).
   */
  private HBox gitOps() {
    exportFormat.setId("apply-export-format");
    exportFormat.getItems().setAll(GitOpsExport.Format.values());
    exportFormat.setValue(GitOpsExport.Format.KUSTOMIZE);
    exportFormat.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(GitOpsExport.Format f) {
            return f == GitOpsExport.Format.KUSTOMIZE
                ? "kustomize patches"
                : "server-side apply YAML";
          }

          @Override
          public GitOpsExport.Format fromString(String s) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    export.setId("apply-export-button");
    export.setOnAction(
        e ->
            exportFolder
                .folder()
                .ifPresentOrElse(
                    folder -> model.export(folder, exportFormat.getValue()),
                    () -> status.setText("Name the folder to write the files into.")));
    HBox box =
        new HBox(
            8,
            new Label("Or write the preview as"),
            exportFormat,
            new Label("into"),
            exportFolder,
            export);
    box.getStyleClass().add("toolbar");
    return box;
  }

  /**
   * For chosen containers a VPA manages, which are refused: the VPA-side change written as YAML
   * instead (shown only when the plan has such containers).
   */
  private HBox vpa() {
    vpaText.setId("apply-vpa-text");
    vpaText.setMinWidth(Region.USE_PREF_SIZE);
    vpaExport.setId("apply-export-vpa-button");
    vpaExport.setOnAction(
        e ->
            vpaFolder
                .folder()
                .ifPresentOrElse(
                    model::exportVpa,
                    () -> status.setText("Name the folder to write the VPA YAML into.")));
    vpaRow.setId("apply-vpa");
    vpaRow.getChildren().setAll(vpaText, vpaFolder, vpaExport);
    vpaRow.getStyleClass().add("toolbar");
    vpaRow.managedProperty().bind(vpaRow.visibleProperty());
    vpaRow.setVisible(false);
    return vpaRow;
  }

  private HBox settings() {
    ChoiceBox<ApplyMethod> method = new ChoiceBox<>();
    method.setId("apply-method");
    method.getItems().setAll(ApplyMethod.ROLLOUT, ApplyMethod.IN_PLACE);
    method.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ApplyMethod m) {
            return m == ApplyMethod.IN_PLACE
                ? "In place: no restart (Kubernetes 1.33+)"
                : "Rollout: pods restart";
          }

          @Override
          public ApplyMethod fromString(String s) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    ApplySettings s = model.settings().get();
    method.setValue(s.method());
    Spinner<Integer> batch = spinner("apply-batch", 1, 100, s.batchSize());
    Spinner<Integer> pause = spinner("apply-pause", 0, 3600, (int) s.pause().toSeconds());
    Spinner<Integer> replicas = spinner("apply-min-replicas", 1, 20, s.minReplicas());
    Runnable update =
        () ->
            model
                .settings()
                .set(
                    new ApplySettings(
                        method.getValue(),
                        batch.getValue(),
                        Duration.ofSeconds(pause.getValue()),
                        replicas.getValue()));
    method.valueProperty().addListener((obs, o, v) -> update.run());
    batch.valueProperty().addListener((obs, o, v) -> update.run());
    pause.valueProperty().addListener((obs, o, v) -> update.run());
    replicas.valueProperty().addListener((obs, o, v) -> update.run());
    HBox box =
        new HBox(
            8,
            method,
            new Label("Batch (workloads)"),
            batch,
            new Label("Pause between batches (s)"),
            pause,
            new Label("Fewest replicas for a rollout"),
            replicas);
    box.getStyleClass().add("toolbar");
    return box;
  }

  private static Spinner<Integer> spinner(String id, int min, int max, int value) {
    Spinner<Integer> spinner = new Spinner<>(min, max, value);
    spinner.setId(id);
    spinner.setEditable(true);
    spinner.setPrefWidth(80);
    return spinner;
  }

  private void show(ApplyStage stage) {
    boolean readOnly = model.readOnlyReason().isPresent();
    boolean running = stage instanceof ApplyStage.Running;
    status.getStyleClass().remove("under");
    dryRun.setDisable(true);
    apply.setDisable(true);
    export.setDisable(true);
    vpaRow.setVisible(stage instanceof ApplyStage.Planned p && p.vpaManaged() > 0);
    cancel.setDisable(!running);
    showChosen();
    switch (stage) {
      case ApplyStage.Choosing c -> {
        status.setText(
            "Choose rows with the Apply boxes, then Preview: nothing is sent before the dry run and Apply.");
        diff.getItems().clear();
        checks.getItems().clear();
        showRun(null);
      }
      case ApplyStage.Working w -> status.setText(w.what() + " …");
      case ApplyStage.Planned p -> {
        diff.getItems().setAll(p.preview().lines().toList());
        checks.getItems().setAll(checkLines(p));
        dryRun.setDisable(readOnly || p.plan().changes().isEmpty());
        apply.setDisable(readOnly || !p.dryRunPassed());
        export.setDisable(p.plan().changes().isEmpty());
        status.setText(written(p).orElseGet(() -> planned(p)));
        vpaText.setText(
            p.vpaManaged()
                + " container(s) a VPA manages are refused. Write the VPA-side change instead"
                + " (minAllowed at the recommendation, or updateMode Off) as YAML into");
        showRun(null);
      }
      case ApplyStage.Running r -> showRun(r.progress());
      case ApplyStage.Finished f -> {
        showRun(f.progress());
        status.setText(
            "Run "
                + f.run().id()
                + " ("
                + f.run().description()
                + ") "
                + f.run()
                    .outcome()
                    .map(o -> o.kind() + " in " + seconds(f.took()) + ": " + o.detail())
                    .orElse("ended")
                + ". Every step is in the audit log, where the run can be rolled back.");
        if (f.run().outcome().map(o -> o.kind() != RunOutcome.Kind.COMPLETED).orElse(true)) {
          status.getStyleClass().add("under");
        }
      }
      case ApplyStage.Failed f -> {
        status.setText(f.message());
        status.getStyleClass().add("under");
      }
    }
  }

  private static String seconds(Duration took) {
    return String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
  }

  private static String planned(ApplyStage.Planned p) {
    int changes = p.plan().changes().size();
    String head =
        changes
            + " workload change(s) planned, "
            + p.plan().refusals().size()
            + " refused by the guard rails"
            + (p.vpaManaged() > 0
                ? " (" + p.vpaManaged() + " container(s) managed by a VPA: see below)"
                : "")
            + (p.unchanged() > 0
                ? ", " + p.unchanged() + " container(s) already hold these values"
                : "")
            + ". ";
    if (changes == 0) {
      return head + "Nothing to apply.";
    }
    if (p.dryRun().isEmpty()) {
      return head + "Next: a dry run asks each server to validate them without keeping them.";
    }
    long refused = p.dryRun().get().stream().filter(a -> !a.accepted()).count();
    return refused == 0
        ? head + "The servers accepted every change in the dry run: Apply sends them in batches."
        : head
            + "The servers refused "
            + refused
            + " change(s) in the dry run: nothing can be applied; un-choose them and preview again.";
  }

  /** What was written for the plan, GitOps files and VPA YAML; empty when nothing was. */
  private static Optional<String> written(ApplyStage.Planned p) {
    String text =
        Stream.concat(
                p.exported().map(ApplyPane::exported).stream(),
                p.vpaExported().map(ApplyPane::vpaExported).stream())
            .collect(Collectors.joining(" "));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String vpaExported(ApplyStage.VpaExported e) {
    return "Wrote "
        + e.files().size()
        + " VPA file(s) into "
        + e.folder()
        + ": for each VPA, *-bounds.yaml (minAllowed at the recommendation) or *-off.yaml"
        + " (updateMode Off), to apply one with kubectl apply --server-side; nothing was sent to a"
        + " cluster.";
  }

  private static String exported(ApplyStage.Exported e) {
    long perCluster = e.files().stream().map(Path::getParent).distinct().count();
    return "Wrote "
        + e.files().size()
        + " file(s) for "
        + perCluster
        + " cluster(s) into "
        + e.folder()
        + " as "
        + (e.format() == GitOpsExport.Format.KUSTOMIZE
            ? "kustomize patches (kustomization.yaml lists them)"
            : "server-side apply YAML")
        + "; nothing was sent to a cluster.";
  }

  private static List<String> checkLines(ApplyStage.Planned p) {
    List<String> lines = new ArrayList<>();
    for (Refusal r : p.plan().refusals()) {
      lines.add("refused " + r.target() + ": " + r.message());
    }
    p.dryRun()
        .ifPresent(
            answers -> {
              for (DryRun.Answer a : answers) {
                lines.add(
                    (a.accepted() ? "dry run accepted " : "dry run refused ")
                        + a.workload()
                        + ": "
                        + a.message());
              }
            });
    return lines;
  }

  private void showRun(RunProgress progress) {
    run.show(progress);
    if (progress != null) {
      status.setText(progress.description() + progress.pausing().map(p -> ": " + p).orElse(""));
    }
  }
}
