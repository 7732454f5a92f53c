package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.ConnectionsState.ContextRow;
import dev.fleetscope.kubernetes.ClusterHealth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One kubeconfig context: whether it is a source, where it points, its health strip and what went
 * wrong.
 */
final class ContextRowNode extends VBox {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  final CheckBox enabled = new CheckBox();
  private final Label details = new Label();
  private final HealthStrip strip = new HealthStrip();
  private final Label checked = new Label();
  private final Label problem = new Label();
  private final Label status = new Label();

  ContextRowNode(String context) {
    super(3);
    getStyleClass().add("context-row");
    setId("context-" + PrometheusRowNode.safe(context));
    enabled.setText(context);
    enabled.getStyleClass().add("connection-name");
    enabled.setTooltip(
        new javafx.scene.control.Tooltip("Show this cluster's workloads in the console"));
    details.getStyleClass().add("muted");
    checked.getStyleClass().add("muted");
    problem.getStyleClass().add("form-error");
    problem.setWrapText(true);
    status.getStyleClass().add("muted");
    status.setWrapText(true);
    for (Label l : new Label[] {problem, status}) {
      l.managedProperty().bind(l.visibleProperty());
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox line = new HBox(10, new VBox(2, enabled, details), spacer, strip, checked);
    line.getStyleClass().add("context-line");
    getChildren().addAll(line, problem, status);
  }

  void update(ContextRow row) {
    enabled.setSelected(row.enabled());
    details.setText(
        "cluster "
            + row.context().cluster()
            + " · "
            + (row.context().server() == null ? "no server" : row.context().server())
            + " · namespace "
            + row.context().namespace());
    strip.show(row.pills(), row.checking());
    checked.setText(row.health().map(h -> "checked " + CLOCK.format(h.checkedAt())).orElse(""));
    String why = row.health().flatMap(ClusterHealth::problem).orElse("");
    problem.setText(why);
    problem.setVisible(!why.isEmpty());
    status.setText(row.enabled() ? "Source: " + StatusText.of(row.status()) : "");
    status.setVisible(row.enabled());
  }
}
