package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.ConnectionsState.PipelineRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One saved pipeline source: its name, kind, address and credentials, its health from the latest
 * board, and Remove.
 */
final class PipelineRowNode extends HBox {
  private final Region dot = new Region();
  private final Label name = new Label();
  private final Label details = new Label();
  private final Label status = new Label();
  final Button remove = new Button("Remove");

  PipelineRowNode(String id) {
    super(10);
    getStyleClass().add("connection-row");
    setId("pipeline-row-" + PrometheusRowNode.safe(id));
    name.getStyleClass().add("connection-name");
    details.getStyleClass().add("muted");
    status.getStyleClass().addAll("muted", "connection-status");
    status.setWrapText(true);
    status.setMaxWidth(420);
    remove.getStyleClass().add("small-button");
    remove.setId("pipeline-remove-" + PrometheusRowNode.safe(id));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(dot, new VBox(2, name, details), spacer, status, remove);
  }

  void update(PipelineRow row) {
    dot.getStyleClass().setAll("source-dot", StatusText.styleClass(row.status()));
    name.setText(row.entry().name());
    details.setText(row.details());
    status.setText(StatusText.of(row.status()));
  }
}
