package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.RunText;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Failed runs, newest first: when, which pipeline of which source, each failed task with its
 * message, and a link to the run in the source's own UI when the source has one. Selecting a
 * failure selects its run.
 */
final class FailureList extends ListView<PipelineRun> {
  private final ModelListeners listeners = new ModelListeners();

  FailureList(PipelinesViewModel model, Function<String, String> sourceName) {
    setId("pipeline-failures");
    setPlaceholder(new Label("No failed runs in the window."));
    setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(PipelineRun run, boolean empty) {
                super.updateItem(run, empty);
                setText(null);
                if (empty || run == null) {
                  setGraphic(null);
                  return;
                }
                VBox cell = cell(run, sourceName.apply(run.source()), model);
                cell.setMaxWidth(Region.USE_PREF_SIZE);
                cell.prefWidthProperty()
                    .bind(
                        list.widthProperty()
                            .subtract(28)); // wrap long messages, never scroll sideways
                setGraphic(cell);
              }
            });
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, run) -> {
              if (run != null) {
                model.select(run.key(), PipelineId.of(run));
              }
            });
    listeners.onChange(model.selectedRun(), (obs, old, key) -> follow(key));
  }

  void show(List<PipelineRun> failures, RunKey selected) {
    getItems().setAll(failures);
    follow(selected);
  }

  /**
   * Selects the failure of the run selected elsewhere (a bar), or nothing when it is not a failure.
   */
  private void follow(RunKey key) {
    if (RowSelection.selectFirst(this, r -> r.key().equals(key)).isEmpty()) {
      getSelectionModel().clearSelection();
    }
  }

  private static VBox cell(PipelineRun run, String source, PipelinesViewModel model) {
    Label pipeline = new Label(run.pipeline());
    pipeline.getStyleClass().add("failure-pipeline");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox head = new HBox(8, pipeline, gap);
    run.link()
        .ifPresent(
            link -> {
              Hyperlink open = new Hyperlink("open in " + source + " ↗");
              open.getStyleClass().add("failure-link");
              open.setOnAction(e -> model.open(link));
              head.getChildren().add(open);
            });
    Label where =
        new Label(
            source
                + " · started "
                + RunText.start(run)
                + run.duration().map(d -> " · ran " + DurationText.of(d)).orElse(""));
    where.getStyleClass().add("muted");
    where.setWrapText(true);
    VBox cell = new VBox(2, head, where);
    cell.getStyleClass().add("failure-cell");
    if (run.failedTasks().isEmpty()) {
      Label none = new Label("the source named no failed task");
      none.getStyleClass().add("muted");
      cell.getChildren().add(none);
    }
    for (var task : run.failedTasks()) {
      Label text =
          new Label("✕ " + task.name() + (task.message().isEmpty() ? "" : ": " + task.message()));
      text.getStyleClass().add("failure-task");
      text.setWrapText(true);
      cell.getChildren().add(text);
    }
    return cell;
  }
}
