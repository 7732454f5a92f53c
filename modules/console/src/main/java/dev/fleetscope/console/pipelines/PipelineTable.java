package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.Units;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import dev.fleetscope.runtime.pipelines.PipelineFilter;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelineRow;
import dev.fleetscope.runtime.pipelines.RunText;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Per pipeline: runs and success rate in the window, usual duration, latest run. Selecting one
 * draws its trend.
 */
final class PipelineTable extends TableView<PipelineRow> {
  private static final double ROW_HEIGHT = 26;
  private static final int VISIBLE_ROWS = 8;

  private final TableColumn<PipelineRow, String> runs =
      column("Runs", r -> Integer.toString(r.window().runs()), 90);
  private final TableColumn<PipelineRow, String> success =
      column("Success", r -> r.window().successRate().map(Units::percent).orElse("–"), 110);
  private boolean showing;

  PipelineTable(PipelinesViewModel model) {
    setId("pipeline-stats");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setFixedCellSize(ROW_HEIGHT);
    setPlaceholder(new Label("No pipelines match the filters."));
    TableColumn<PipelineRow, String> name = column("Pipeline", r -> r.id().pipeline(), 150);
    TableColumn<PipelineRow, String> source = column("Source", PipelineRow::sourceName, 170);
    runs.setStyle("-fx-alignment: center-right");
    success.setStyle("-fx-alignment: center-right");
    runs.setMinWidth(90);
    success.setMinWidth(112);
    TableColumn<PipelineRow, String> usual =
        column("Usual (p95)", r -> r.usual().map(DurationText::of).orElse("–"), 100);
    usual.setStyle("-fx-alignment: center-right");
    TableColumn<PipelineRow, String> latest =
        column(
            "Latest run",
            r ->
                r.latest()
                    .map(run -> RunText.state(run.state()) + " · " + RunText.start(run))
                    .orElse("none in the window"),
            230);
    getColumns().addAll(List.of(name, source, runs, success, usual, latest));
    setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(PipelineRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("stale-row");
                if (!empty && row != null && !row.live()) {
                  getStyleClass().add("stale-row");
                }
              }
            });
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null && !showing) {
                model.selectedPipeline().set(row.id());
              }
            });
  }

  void show(List<PipelineRow> rows, PipelineFilter filter, PipelineId selected) {
    showing = true;
    runs.setText("Runs (" + filter.windowText() + ")");
    success.setText("Success (" + filter.windowText() + ")");
    getItems().setAll(rows);
    setPrefHeight((Math.clamp(rows.size(), 2, VISIBLE_ROWS) + 1) * ROW_HEIGHT + 6);
    showing = false;
    select(selected);
  }

  /** Marks the pipeline whose trend is drawn (chosen here, or through one of its runs). */
  void select(PipelineId id) {
    showing = true;
    RowSelection.selectFirst(this, r -> r.id().equals(id));
    showing = false;
  }

  private static TableColumn<PipelineRow, String> column(
      String title, Function<PipelineRow, String> value, double width) {
    TableColumn<PipelineRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
