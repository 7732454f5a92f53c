package dev.fleetscope.console;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Labels that give way on a narrow window: cut short with an ellipsis, whole in their tooltip. */
public final class Shortened {
  private Shortened() {}

  /**
   * Lets {@code label} shrink to nothing before its neighbours do, its whole text, as it changes,
   * in a tooltip.
   */
  public static void wholeInTooltip(Label label) {
    label.setMinWidth(0);
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(label.textProperty());
    whole.setWrapText(true);
    whole.setMaxWidth(420);
    label.setTooltip(whole);
  }
}
