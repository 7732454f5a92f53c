package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.ConnectionsState.ContextRow;
import dev.fleetscope.console.connections.ConnectionsState.KubeconfigGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A kubeconfig with its contexts; its rows are kept and updated in place, so a click is never lost
 * to a redraw.
 */
final class KubeconfigGroupNode extends VBox {
  private final Label title = new Label();
  private final Label note = new Label();
  private final VBox rows = new VBox(6);
  private final Map<String, ContextRowNode> byContext = new LinkedHashMap<>();
  final Button remove = new Button("Remove");
  private final ContextToggle toggle;

  /** What a click on a context's box asks for. */
  interface ContextToggle {
    void toggled(KubeconfigGroup group, String context, boolean enabled);
  }

  private KubeconfigGroup group;

  KubeconfigGroupNode(ContextToggle toggle) {
    super(6);
    this.toggle = toggle;
    getStyleClass().add("kubeconfig-group");
    title.getStyleClass().add("subsection-title");
    note.setWrapText(true);
    note.managedProperty().bind(note.visibleProperty());
    remove.getStyleClass().add("small-button");
    remove.managedProperty().bind(remove.visibleProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(new HBox(10, title, spacer, remove), note, rows);
  }

  void update(KubeconfigGroup newGroup) {
    this.group = newGroup;
    title.setText("Kubeconfig " + newGroup.entry().describe());
    remove.setVisible(!newGroup.entry().fromEnvironment());
    String text =
        newGroup.loading()
            ? "Reading…"
            : newGroup.problem().orElse(newGroup.contexts().isEmpty() ? "No contexts in it." : "");
    note.setText(text);
    note.getStyleClass().setAll("label", newGroup.problem().isPresent() ? "form-error" : "muted");
    note.setVisible(!text.isEmpty());
    Map<String, ContextRowNode> seen = new LinkedHashMap<>();
    for (ContextRow row : newGroup.contexts()) {
      String name = row.context().name();
      ContextRowNode node = byContext.get(name);
      if (node == null) {
        ContextRowNode created = new ContextRowNode(name);
        created.enabled.setOnAction(e -> toggle.toggled(group, name, created.enabled.isSelected()));
        node = created;
      }
      node.update(row);
      seen.put(name, node);
    }
    byContext.clear();
    byContext.putAll(seen);
    if (!rows.getChildren().equals(java.util.List.copyOf(seen.values()))) {
      rows.getChildren().setAll(seen.values());
    }
  }
}
