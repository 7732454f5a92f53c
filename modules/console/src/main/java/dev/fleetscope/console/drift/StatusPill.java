package dev.fleetscope.console.drift;

import java.util.Locale;
import javafx.scene.control.Label;

/**
 * A model's status as a small coloured label: red for dataset drift, amber for drifting columns,
 * green for none.
 */
final class StatusPill {
  private static final String[] CLASSES = {
    "pending", "no-drift", "failed", "column-drift", "dataset-drift"
  };

  private StatusPill() {}

  static Label of(ModelRow.Status status, String text) {
    Label pill = new Label();
    show(pill, status, text);
    return pill;
  }

  static void show(Label pill, ModelRow.Status status, String text) {
    pill.getStyleClass().removeAll(CLASSES);
    if (!pill.getStyleClass().contains("drift-status")) {
      pill.getStyleClass().add("drift-status");
    }
    pill.getStyleClass().add(status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    pill.setText(text);
  }
}
