package dev.fleetscope.console;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * JavaFX's scroll pane skin draws its viewport through a bitmap cache ({@code setCache(true)}),
 * sized to the whole content, not to the part on screen. Under the software renderer (no GPU: a
 * wall box, a virtual machine, Xvfb) that bitmap is an {@code int[]} on the Java heap, kept for as
 * long as the view lives: several megabytes per view (docs/performance.md). Without it a scroll
 * step redraws the content, which these views of labels and small charts can afford.
 */
public final class ScrollPanes {
  private ScrollPanes() {}

  /** {@code pane}, whose viewport is drawn without a bitmap cache once its skin exists. */
  public static <T extends ScrollPane> T withoutViewportCache(T pane) {
    uncache(pane);
    pane.skinProperty().addListener((obs, old, skin) -> uncache(pane));
    return pane;
  }

  private static void uncache(ScrollPane pane) {
    if (pane.getSkin() == null) {
      return;
    }
    // the skin's first child, so found before any viewport inside the content
    Node viewport = pane.lookup(".viewport");
    if (viewport != null) {
      viewport.setCache(false);
    }
  }
}
