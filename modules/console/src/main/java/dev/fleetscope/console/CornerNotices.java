package dev.fleetscope.console;

import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The ControlsFX notifications in the corner of a console window (pipeline runs, alerts), closed
 * together when the console closes.
 */
public final class CornerNotices {
  /** The style class every console notification carries; the themes style it. */
  public static final String STYLE_CLASS = "pipeline-alert";

  private CornerNotices() {}

  /**
   * Closes the notifications over {@code owner}, on the FX thread, through their close buttons:
   * ControlsFX then also forgets them. Hiding their windows instead would leave them counted
   * against the threshold of the next notifications over the same window (TestFX keeps one stage
   * for every console of a test run), which then fold into a summary.
   */
  public static void closeAll(Window owner) {
    List.copyOf(Window.getWindows()).stream()
        .filter(
            w ->
                w instanceof PopupWindow popup
                    && popup.getOwnerWindow() == owner
                    && w.getScene() != null)
        .map(w -> w.getScene().getRoot().lookup("." + STYLE_CLASS + " .close-button"))
        .forEach(
            button -> {
              if (button instanceof Button close) {
                close.fire();
              }
            });
  }
}
