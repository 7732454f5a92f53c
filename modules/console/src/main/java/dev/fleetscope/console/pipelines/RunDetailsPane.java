package dev.fleetscope.console.pipelines;

import dev.fleetscope.runtime.pipelines.RunDetails;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected run: its facts, its failed tasks with their messages, its workloads and cost, and
 * where to go next.
 */
final class RunDetailsPane extends VBox {
  private static final String HINT =
      "Hover a bar to see its run; click it (or a failure) for the details here.";

  private final PipelinesViewModel model;
  private final Label title = new Label("No run selected");
  private final Region stateChip = new Region();
  private final GridPane facts = new GridPane(10, 3);
  private final VBox failed = new VBox(4);
  private final Button showWorkloads = new Button("Show workloads in Utilization");
  private final Button openLink = new Button("Open in source");
  private final Label hint = new Label(HINT);

  RunDetailsPane(PipelinesViewModel model) {
    super(8);
    this.model = model;
    setId("run-details");
    getStyleClass().add("run-details");
    setPadding(new Insets(10));
    setPrefWidth(360);
    setMinWidth(300);
    title.getStyleClass().add("run-details-title");
    title.setWrapText(true);
    stateChip.getStyleClass().add("run-swatch");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(72);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    facts.getColumnConstraints().addAll(labels, values);
    showWorkloads.setId("run-show-workloads");
    openLink.setId("run-open-link");
    showWorkloads.managedProperty().bind(showWorkloads.visibleProperty());
    openLink.managedProperty().bind(openLink.visibleProperty());
    FlowPane actions = new FlowPane(8, 6, showWorkloads, openLink);
    getChildren().addAll(new HBox(8, stateChip, title), hint, facts, failed, actions);
    show(Optional.empty());
  }

  void show(Optional<RunDetails> details) {
    hint.setVisible(details.isEmpty());
    hint.setManaged(details.isEmpty());
    facts.getChildren().clear();
    failed.getChildren().clear();
    stateChip.getStyleClass().setAll("run-swatch");
    showWorkloads.setVisible(false);
    openLink.setVisible(false);
    if (details.isEmpty()) {
      title.setText("No run selected");
      return;
    }
    RunDetails d = details.get();
    title.setText(d.run().pipeline());
    stateChip.getStyleClass().add(d.run().state().id());
    int row = 0;
    for (RunDetails.Line line : d.lines()) {
      Label label = new Label(line.label());
      label.getStyleClass().add("muted");
      Label value = new Label(line.value());
      value.setWrapText(true);
      facts.addRow(row++, label, value);
    }
    for (var task : d.run().failedTasks()) {
      Label name = new Label("✕ " + task.name());
      name.getStyleClass().add("failed-task");
      Label message =
          new Label(task.message().isEmpty() ? "(the source gave no message)" : task.message());
      message.setWrapText(true);
      message.getStyleClass().add("failed-message");
      failed.getChildren().add(new VBox(1, name, message));
    }
    d.workloads()
        .ifPresent(
            w -> {
              showWorkloads.setVisible(true);
              showWorkloads.setTooltip(new Tooltip("Utilization, filtered to " + w.namespace()));
              showWorkloads.setOnAction(e -> model.showWorkloads(w));
            });
    d.run()
        .link()
        .ifPresent(
            link -> {
              openLink.setVisible(true);
              openLink.setText("Open in " + d.sourceName() + " ↗");
              openLink.setOnAction(e -> model.open(link));
            });
  }
}
