package dev.fleetscope.app.ui.drift;

import dev.fleetscope.app.config.DriftSource;
import dev.fleetscope.model.Units;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Model drift: the watched models with their status on the left; the selected model's columns, the selected
 * column's reference and current distributions, and its drift day by day on the right.
 */
public final class DriftView extends VBox {
  private final DriftViewModel model;
  private final ModelTable models;
  private final ColumnTable columns;
  private final DistributionChart distribution = new DistributionChart();
  private final HistoryChart history = new HistoryChart();
  private final Label summary = new Label();
  private final ProgressBar progress = new ProgressBar();
  private final Label problem = banner("drift-problem");
  private final Label name = new Label();
  private final Label origin = new Label();
  private final Label windows = new Label();
  private final Label verdict = new Label();
  private final Label verdictText = new Label();
  private final Label failure = banner("drift-failure");
  private final Label hint = new Label("Select a model to see how its columns drift.");
  private final Button edit = new Button("Edit…");
  private final Button remove = new Button("Remove");
  private final Button recompute = new Button("Recompute");
  private String selectedColumn;

  public DriftView(DriftViewModel model) {
    this.model = model;
    getStyleClass().addAll("view", "drift-view");
    models = new ModelTable(id -> model.selected().set(id));
    columns = new ColumnTable(row -> {
      if (row != null) {
        selectedColumn = row.column();
      }
      drawDistribution();
    });
    Label title = new Label("Drift");
    title.getStyleClass().add("view-title");
    summary.getStyleClass().add("muted");
    summary.setId("drift-summary");
    progress.setId("drift-progress");
    progress.setPrefWidth(140);
    progress.managedProperty().bind(progress.visibleProperty());
    Button add = new Button("Add source…");
    add.setId("drift-add");
    add.setOnAction(e -> openDialog(Optional.empty()));
    edit.setId("drift-edit");
    edit.setOnAction(e -> model.source(model.selected().get()).ifPresent(s -> openDialog(Optional.of(s))));
    remove.setId("drift-remove");
    remove.setOnAction(e -> model.remove(model.selected().get()));
    recompute.setId("drift-recompute");
    recompute.setOnAction(e -> model.recompute(model.selected().get()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox toolbar = new HBox(10, title, summary, progress, gap, add, edit, remove, recompute);
    toolbar.setAlignment(Pos.CENTER_LEFT);

    SplitPane split = new SplitPane(models, detailPane());
    split.setDividerPositions(0.4);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(toolbar, problem, split);

    model.list().addListener((obs, old, list) -> showList(list));
    model.detail().addListener((obs, old, d) -> showDetail(d));
    model.selected().addListener((obs, old, id) -> updateButtons());
    showList(model.list().get()); // built on first use: the model may be ahead of the view
    showDetail(model.detail().get());
    updateButtons();
    model.activate();
  }

  private VBox detailPane() {
    name.getStyleClass().add("view-subtitle");
    name.setId("drift-model-name");
    origin.getStyleClass().add("muted");
    windows.getStyleClass().add("muted");
    windows.setWrapText(true);
    verdict.setId("drift-verdict");
    verdictText.setId("drift-verdict-text");
    HBox verdictRow = new HBox(8, verdict, verdictText);
    verdictRow.setAlignment(Pos.CENTER_LEFT);
    hint.getStyleClass().add("muted");
    columns.setPrefHeight(250);
    columns.setMinHeight(150);
    HBox charts = new HBox(10, distribution, history);
    HBox.setHgrow(distribution, Priority.ALWAYS);
    HBox.setHgrow(history, Priority.ALWAYS);
    distribution.setPrefWidth(420);
    history.setPrefWidth(420);
    VBox.setVgrow(charts, Priority.ALWAYS);
    VBox detail = new VBox(6, hint, new HBox(10, name, origin), windows, verdictRow, failure, columns, charts);
    detail.setId("drift-detail");
    detail.getStyleClass().add("drift-detail");
    ((HBox) detail.getChildren().get(1)).setAlignment(Pos.BASELINE_LEFT);
    return detail;
  }

  private void showList(ModelList list) {
    models.show(list.rows(), model.selected().get());
    if (model.selected().get() == null && !models.getItems().isEmpty()
        && models.getItems().getFirst().status() != ModelRow.Status.PENDING) {
      models.getSelectionModel().selectFirst(); // the most drifting model so far: the detail is never blank
    }
    long total = list.total();
    summary.setText(total == 0 ? "" : list.drifting() + " of " + total + " models drifting"
        + (list.complete() ? "" : list.started() ? " so far · computing " + list.computed() + " of " + total
            : " · waiting for the demo history before computing"));
    progress.setVisible(list.started() && !list.complete());
    progress.setProgress(total == 0 ? 0 : list.computed() / (double) total);
    problem.setText(list.problem());
    problem.setVisible(!list.problem().isEmpty());
  }

  private void showDetail(ModelDetail d) {
    boolean none = d.isNone();
    hint.setVisible(none);
    hint.setManaged(none);
    name.setText(d.name());
    origin.setText(d.origin());
    if (d.outcome().isEmpty()) {
      windows.setText(none ? "" : "Computing…");
      verdict.setVisible(false);
      verdictText.setText("");
      failure.setVisible(false);
      columns.getItems().clear();
      drawDistribution();
      history.show(Optional.empty(), "");
      return;
    }
    switch (d.outcome().get()) {
      case DriftOutcome.Failed f -> {
        windows.setText("");
        StatusPill.show(verdict, ModelRow.Status.FAILED, ModelRow.Status.FAILED.text());
        verdict.setVisible(true);
        verdictText.setText("");
        failure.setText(f.message());
        failure.setVisible(true);
      }
      case DriftOutcome.Computed c -> {
        windows.setText("Reference " + c.reference() + " (" + Numbers.count(c.referenceRows()) + " rows) · current "
            + c.current() + " (" + Numbers.count(c.currentRows()) + " rows) · " + c.took().toMillis() + " ms");
        ModelRow row = d.summary();
        StatusPill.show(verdict, row.status(), row.status().text());
        verdict.setVisible(true);
        verdictText.setText(row.columnsText() + " drifted (" + Units.percent(row.share()) + "); the dataset drifts at "
            + Units.percent(c.report().driftShareThreshold()) + " or more");
        failure.setVisible(false);
      }
    }
    String preferred = d.columns().stream().anyMatch(r -> r.column().equals(selectedColumn)) ? selectedColumn
        : d.columns().stream().filter(ColumnRow::drift).findFirst().or(() -> d.columns().stream().findFirst())
            .map(ColumnRow::column).orElse(null);
    selectedColumn = preferred;
    columns.show(d.columns(), preferred);
    drawDistribution();
    history.show(d.history(), d.historyNote());
  }

  private void drawDistribution() {
    ColumnRow row = columns.getSelectionModel().getSelectedItem();
    ModelDetail d = model.detail().get();
    String reference = d.outcome().filter(o -> o instanceof DriftOutcome.Computed).map(o -> "reference "
        + ((DriftOutcome.Computed) o).reference()).orElse("reference");
    String current = d.outcome().filter(o -> o instanceof DriftOutcome.Computed).map(o -> "current "
        + ((DriftOutcome.Computed) o).current()).orElse("current");
    distribution.show(row == null ? "" : row.column(), row == null ? Optional.empty() : row.bars(), reference, current);
  }

  private void updateButtons() {
    String id = model.selected().get();
    boolean configured = id != null && id.startsWith("file:");
    edit.setDisable(!configured);
    remove.setDisable(!configured);
    recompute.setDisable(id == null);
  }

  private void openDialog(Optional<DriftSource> existing) {
    Set<String> taken = model.list().get().rows().stream().filter(r -> r.id().startsWith("file:"))
        .map(ModelRow::name).filter(n -> existing.map(s -> !s.name().equals(n)).orElse(true))
        .collect(Collectors.toSet());
    SourceForm initial = existing.map(SourceForm::of).orElseGet(() -> new SourceForm("", true, "", "timestamp", "", "",
        "", "", "", "", ""));
    new SourceDialog(getScene().getWindow(), initial, existing.isPresent(), taken).showAndWait().ifPresent(source -> {
      existing.filter(old -> !old.name().equals(source.name()))
          .ifPresent(old -> model.remove(new MonitoredModel.Configured(old).id()));
      model.add(source);
      model.selected().set(new MonitoredModel.Configured(source).id());
    });
  }

  private static Label banner(String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("error-banner");
    label.setWrapText(true);
    label.setMaxWidth(Double.MAX_VALUE);
    label.managedProperty().bind(label.visibleProperty());
    label.setVisible(false);
    return label;
  }
}
