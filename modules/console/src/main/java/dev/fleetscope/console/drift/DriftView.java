package dev.fleetscope.console.drift;

import dev.fleetscope.console.Editing;
import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.MonitoredModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Model drift: the watched models with their status on the left; the selected model's columns, the
 * selected column's reference and current distributions, and its drift day by day on the right.
 */
public final class DriftView extends VBox {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final DriftViewModel model;
  private final ModelListeners listeners = new ModelListeners();
  private final ModelTable models;
  private final ColumnTable columns;
  private final DistributionChart distribution = new DistributionChart();
  private final HistoryChart history = new HistoryChart();
  private final Label historyNote = muted(new Label());
  private final Label summary = muted(new Label());
  private final ProgressBar progress = new ProgressBar();
  private final Label problem = banner("drift-problem");
  private final Label name = new Label();
  private final Label origin = muted(new Label());
  private final Label windows = muted(new Label());
  private final Label verdict = new Label();
  private final Label verdictText = new Label();
  private final Label failure = banner("drift-failure");
  private final Label hint = muted(new Label("Select a model to see how its columns drift."));
  private final VBox body = new VBox(8);
  private final Button edit = new Button("Edit…");
  private final Button remove = new Button("Remove");
  private final Button recompute = new Button("Recompute");
  private String selectedColumn;

  public DriftView(DriftViewModel model) {
    this.model = model;
    getStyleClass().addAll("view", "drift-view");
    models = new ModelTable(id -> model.selected().set(id));
    columns =
        new ColumnTable(
            row -> {
              if (row != null) {
                selectedColumn = row.column();
              }
              drawDistribution();
            });
    SplitPane split = new SplitPane(models, detailPane());
    split.setDividerPositions(0.4);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(toolbar(), problem, split);

    listeners.onChange(model.list(), (obs, old, list) -> showList(list));
    listeners.onChange(model.detail(), (obs, old, d) -> showDetail(d));
    listeners.onChange(model.selected(), (obs, old, id) -> showSelected(id));
    showList(model.list().get()); // built on first use: the model may be ahead of the view
    showDetail(model.detail().get());
    showSelected(model.selected().get());
    model.activate();
  }

  private HBox toolbar() {
    Label title = new Label("Drift");
    title.getStyleClass().add("view-title");
    summary.setId("drift-summary");
    progress.setId("drift-progress");
    progress.setPrefWidth(140);
    progress.managedProperty().bind(progress.visibleProperty());
    Button add = new Button("Add source…");
    add.setId("drift-add");
    add.setOnAction(e -> openDialog(Optional.empty()));
    edit.setId("drift-edit");
    edit.setOnAction(
        e -> model.source(model.selected().get()).ifPresent(s -> openDialog(Optional.of(s))));
    remove.setId("drift-remove");
    remove.setOnAction(e -> model.remove(model.selected().get()));
    recompute.setId("drift-recompute");
    recompute.setOnAction(e -> model.recompute(model.selected().get()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox toolbar =
        new HBox(
            10,
            title,
            summary,
            progress,
            gap,
            Editing.mark(add),
            Editing.mark(edit),
            Editing.mark(remove),
            Editing.mark(recompute));
    toolbar.setAlignment(Pos.CENTER_LEFT);
    return toolbar;
  }

  private VBox detailPane() {
    name.getStyleClass().add("view-subtitle");
    name.setId("drift-model-name");
    HBox title = new HBox(10, name, origin);
    title.setAlignment(Pos.BASELINE_LEFT);
    windows.setWrapText(true);
    windows.managedProperty().bind(windows.textProperty().isNotEmpty());
    verdict.setId("drift-verdict");
    verdictText.setId("drift-verdict-text");
    HBox verdictRow = new HBox(8, verdict, verdictText);
    verdictRow.setAlignment(Pos.CENTER_LEFT);
    verdictRow.managedProperty().bind(verdict.visibleProperty());
    verdictRow.visibleProperty().bind(verdict.visibleProperty());
    hint.managedProperty().bind(hint.visibleProperty());
    columns.setPrefHeight(250);
    columns.setMinHeight(150);
    historyNote.setId("drift-history-note");
    historyNote.setWrapText(true);
    historyNote.setMaxWidth(380);
    historyNote.visibleProperty().bind(history.visibleProperty().not());
    StackPane historyArea = new StackPane(history, historyNote);
    HBox charts = new HBox(10, distribution, historyArea);
    for (Node chart : charts.getChildren()) {
      HBox.setHgrow(chart, Priority.ALWAYS);
      ((Region) chart).setPrefWidth(420);
    }
    VBox.setVgrow(charts, Priority.ALWAYS);
    body.getChildren().setAll(columns, charts);
    body.managedProperty().bind(body.visibleProperty());
    VBox.setVgrow(body, Priority.ALWAYS);
    VBox detail = new VBox(6, hint, title, windows, verdictRow, failure, body);
    detail.setId("drift-detail");
    return detail;
  }

  private void showList(ModelList list) {
    models.show(list.rows(), model.selected().get());
    if (model.selected().get() == null
        && !models.getItems().isEmpty()
        && models.getItems().getFirst().status() != ModelRow.Status.PENDING) {
      models
          .getSelectionModel()
          .selectFirst(); // the most drifting model so far: the detail is never blank
    }
    long total = list.total();
    summary.setText(
        total == 0
            ? ""
            : list.drifting()
                + " of "
                + total
                + " models drifting"
                + (list.complete()
                    ? ""
                    : list.started()
                        ? " so far · computing " + list.computed() + " of " + total
                        : " · waiting for the demo history before computing"));
    progress.setVisible(list.started() && !list.complete());
    progress.setProgress(total == 0 ? 0 : list.computed() / (double) total);
    problem.setText(list.problem());
    problem.setVisible(!list.problem().isEmpty());
  }

  /** A model chosen elsewhere (just added, say) is selected and scrolled to in the list too. */
  private void showSelected(String id) {
    ModelRow shown = models.getSelectionModel().getSelectedItem();
    if (id != null && (shown == null || !Objects.equals(shown.id(), id))) {
      RowSelection.selectFirst(models, r -> r.id().equals(id)).ifPresent(models::scrollTo);
    }
    edit.setDisable(id == null || !id.startsWith("file:"));
    remove.setDisable(id == null || !id.startsWith("file:"));
    recompute.setDisable(id == null);
  }

  private void showDetail(ModelDetail d) {
    hint.setVisible(d.isNone());
    name.setText(d.name());
    origin.setText(d.origin());
    failure.setVisible(false);
    body.setVisible(!d.isNone());
    verdict.setVisible(d.outcome().isPresent());
    switch (d.outcome().orElse(null)) {
      case null -> windows.setText(d.isNone() ? "" : "Computing…");
      case DriftOutcome.Failed f -> {
        windows.setText("");
        StatusPill.show(verdict, ModelRow.Status.FAILED, ModelRow.Status.FAILED.text());
        verdictText.setText("");
        failure.setText(f.message());
        failure.setVisible(true);
        body.setVisible(false);
      }
      case DriftOutcome.Computed c -> {
        windows.setText(
            "Reference "
                + c.reference()
                + " ("
                + Numbers.count(c.referenceRows())
                + " rows) against current "
                + c.current()
                + " ("
                + Numbers.count(c.currentRows())
                + " rows)");
        ModelRow row = d.summary();
        StatusPill.show(verdict, row.status(), row.status().text());
        verdictText.setText(
            row.columnsText()
                + " drifted ("
                + Units.percent(row.share())
                + "); the dataset drifts at "
                + Units.percent(c.report().driftShareThreshold())
                + " or more · computed "
                + CLOCK.format(c.computedAt())
                + " in "
                + c.took().toMillis()
                + " ms");
      }
    }
    String preferred =
        d.columns().stream().anyMatch(r -> r.column().equals(selectedColumn))
            ? selectedColumn
            : d.columns().stream()
                .filter(ColumnRow::drift)
                .findFirst()
                .or(() -> d.columns().stream().findFirst())
                .map(ColumnRow::column)
                .orElse(null);
    selectedColumn = preferred;
    columns.show(d.columns(), preferred);
    drawDistribution();
    history.setVisible(d.history().isPresent());
    history.show(d.history());
    historyNote.setText(d.history().isPresent() ? "" : d.historyNote());
  }

  private void drawDistribution() {
    ColumnRow row = columns.getSelectionModel().getSelectedItem();
    Optional<DriftOutcome.Computed> computed =
        model
            .detail()
            .get()
            .outcome()
            .filter(DriftOutcome.Computed.class::isInstance)
            .map(DriftOutcome.Computed.class::cast);
    distribution.show(
        row == null ? "" : row.column(),
        row == null ? Optional.empty() : row.bars(),
        computed.map(c -> "reference " + c.reference()).orElse("reference"),
        computed.map(c -> "current " + c.current()).orElse("current"));
  }

  private void openDialog(Optional<DriftSource> existing) {
    Set<String> taken =
        model.list().get().rows().stream()
            .filter(r -> r.id().startsWith("file:"))
            .map(ModelRow::name)
            .filter(n -> existing.map(s -> !s.name().equals(n)).orElse(true))
            .collect(Collectors.toSet());
    SourceForm initial =
        existing
            .map(SourceForm::of)
            .orElseGet(() -> new SourceForm("", true, "", "timestamp", "", "", "", "", "", "", ""));
    new SourceDialog(getScene().getWindow(), initial, existing.isPresent(), taken)
        .showAndWait()
        .ifPresent(
            source -> {
              existing
                  .filter(old -> !old.name().equals(source.name()))
                  .ifPresent(old -> model.remove(new MonitoredModel.Configured(old).id()));
              model.add(source);
              model.selected().set(new MonitoredModel.Configured(source).id());
            });
  }

  private static Label muted(Label label) {
    label.getStyleClass().add("muted");
    return label;
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
