package dev.fleetscope.console.connections;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A context's health as a row of small marks: green where it is fine, red where not, grey where
 * unknown.
 */
final class HealthStrip extends HBox {
  HealthStrip() {
    super(4);
    getStyleClass().add("health-strip");
  }

  void show(List<HealthPill> pills, boolean checking) {
    if (pills.isEmpty()) {
      Label waiting = new Label(checking ? "checking…" : "not checked yet");
      waiting.getStyleClass().add("muted");
      getChildren().setAll(waiting);
      return;
    }
    getChildren().setAll(pills.stream().map(HealthStrip::pill).toList());
  }

  private static Label pill(HealthPill pill) {
    Label label = new Label(pill.text());
    label.getStyleClass().addAll("health-pill", pill.state().name().toLowerCase(Locale.ROOT));
    label.setTooltip(new Tooltip(pill.tooltip()));
    return label;
  }
}
