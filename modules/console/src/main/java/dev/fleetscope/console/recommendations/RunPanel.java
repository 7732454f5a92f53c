package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.ScrollPanes;
import dev.fleetscope.runtime.rightsizing.RunProgress;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A run as it goes: a progress bar per batch (red once a change in it failed) and the run's log.
 */
final class RunPanel extends VBox {
  private final VBox batches = new VBox(4);
  private final ListView<String> log = new ListView<>();

  RunPanel() {
    super(6);
    batches.setId("apply-batches");
    ScrollPane scroll = ScrollPanes.withoutViewportCache(new ScrollPane(batches));
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(66);
    scroll.setMinHeight(50);
    scroll.getStyleClass().add("batches");
    log.setId("apply-log");
    log.setMinHeight(48);
    log.setCellFactory(
        v ->
            new StyledCell(
                line -> line.contains("FAILED") || line.contains("NOT_APPLIED") ? "under" : null,
                true));
    VBox.setVgrow(log, Priority.ALWAYS);
    getChildren().addAll(scroll, log);
    managedProperty().bind(visibleProperty());
    show(null);
  }

  /** Shows the run, or hides the panel when there is none. */
  void show(RunProgress progress) {
    batches.getChildren().clear();
    setVisible(progress != null);
    if (progress == null) {
      log.getItems().clear();
      return;
    }
    for (RunProgress.Batch b : progress.batches()) {
      ProgressBar bar = new ProgressBar(b.fraction());
      bar.setPrefWidth(220);
      bar.getStyleClass().add(b.failed() > 0 ? "batch-failed" : "batch-bar");
      HBox line = new HBox(8, bar, new Label(progress.label(b)));
      line.setId("apply-batch-" + b.number());
      batches.getChildren().add(line);
    }
    log.getItems().setAll(progress.log());
    if (!log.getItems().isEmpty()) {
      log.scrollTo(log.getItems().size() - 1);
    }
  }
}
