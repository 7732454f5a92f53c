package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.ConnectionsState.PrometheusRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One saved Prometheus: its name, address, credentials and clusters, its live status, and Edit and
 * Remove.
 */
final class PrometheusRowNode extends HBox {
  private final Region dot = new Region();
  private final Label name = new Label();
  private final Label details = new Label();
  private final Label status = new Label();
  final Button edit = new Button("Edit");
  final Button remove = new Button("Remove");

  PrometheusRowNode(String id) {
    super(10);
    getStyleClass().add("connection-row");
    setId("prometheus-row-" + safe(id));
    name.getStyleClass().add("connection-name");
    details.getStyleClass().add("muted");
    status.getStyleClass().addAll("muted", "connection-status");
    status.setWrapText(true);
    status.setMaxWidth(420);
    edit.getStyleClass().add("small-button");
    remove.getStyleClass().add("small-button");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(dot, new VBox(2, name, details), spacer, status, edit, remove);
  }

  void update(PrometheusRow row) {
    dot.getStyleClass().setAll("source-dot", StatusText.styleClass(row.status()));
    name.setText(row.entry().settings().displayName());
    details.setText(row.entry().settings().url() + " · " + row.auth() + " · " + row.clusters());
    status.setText(StatusText.of(row.status()));
  }

  /**
   * A node id from a source id ({@code prometheus:host:9090} has colons, which CSS selectors do not
   * like).
   */
  static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
